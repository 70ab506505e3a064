-- What a programme records that a Work Group does not (NCETM types of PD: individuals in a national
-- or regional cohort working through NCETM materials). A programme's session is a meeting of the
-- kind 'programme_session' (attendance and readings as any meeting's), with the unit of the
-- materials it worked through; the cohort is its participants, each with the intake they joined in
-- and where they come from (a programme draws teachers from schools across the region, not a
-- group of partner schools).
ALTER TABLE meeting ADD COLUMN materials_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE participant ADD COLUMN cohort TEXT NOT NULL DEFAULT '';
ALTER TABLE participant ADD COLUMN comes_from TEXT NOT NULL DEFAULT '';
