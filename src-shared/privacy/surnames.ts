// Common surnames in England, from many cultures, for spotting a person's name in free text.
const SURNAMES = `
smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright
walker white edwards hughes green hall lewis harris clarke patel jackson wood turner martin cooper hill
ward morris moore clark lee king baker harrison morgan allen james scott phillips watson davis parker
price bennett young griffiths mitchell kelly cook carter richardson bailey collins bell shaw murphy
miller cox richards khan marshall anderson simpson ellis adams singh begum wilkinson foster chapman
powell webb rogers gray mason ali hussain campbell matthews owen palmer holmes mills barnes knight
lloyd butler russell barker fisher stevens jenkins murray dixon harvey graham pearson ahmed fletcher
walsh kaur gibson howard andrews stewart elliott reynolds saunders payne fox ford pearce day brooks
west lawrence cole atkinson bradley spencer gill dawson ball burton o'brien watts rose booth perry ryan
grant wells armstrong francis rees hayes hunt hart kumar sharma shah mistry chowdhury rahman islam
miah uddin akhtar iqbal mahmood nowak kowalski wisniewski kaminski lewandowski okafor adeyemi mensah
okonkwo nguyen chen wang zhang li silva santos ferreira costa yilmaz kaya demir murphy o'connor
kaur gupta joshi mehta desai chauhan
`;

export const COMMON_SURNAMES: ReadonlySet<string> = new Set(SURNAMES.split(/\s+/).filter(Boolean));
