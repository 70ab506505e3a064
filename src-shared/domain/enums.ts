export const PD_ACTIVITY_TYPES = ['work_group', 'programme', 'community', 'targeted_support'] as const;
export type PdActivityType = (typeof PD_ACTIVITY_TYPES)[number];

export const PD_ACTIVITY_TYPE_LABELS: Record<PdActivityType, string> = {
  work_group: 'Work Group',
  programme: 'Programme',
  community: 'Community',
  targeted_support: 'Targeted Support in Maths',
};

export const WORK_GROUP_STATUSES = ['active', 'archived'] as const;
export type WorkGroupStatus = (typeof WORK_GROUP_STATUSES)[number];
