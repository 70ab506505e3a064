// Common first names of children and adults in England, drawn from many cultures, so that a focus
// child's code is never, by accident or habit, the child's name. Lower case; used as a set. The
// last lines add short and everyday forms of Yoruba, Igbo and Hausa names, and Ukrainian and
// Baltic names, which the broad data sets of the personal-data check (worldNames.ts) lack.
const NAMES = `
aaliyah aaron abdul abdullah abigail ada adam aditya adrian ahmad ahmed aiden aisha ajay alana albert
alex alexander alexandra alfie alfred ali alice alicia alisha alya amara amber amelia amina amir amira
amy ana anaya andre andrew aneesa angel angela anika anna annabelle anya archie aria ariana arjun arlo
arthur arya asha ashley aston aurora austin ava avery ayaan ayesha aylin aziz bailey beatrice bella ben
benjamin bethany billy blake bobby bonnie brooke caleb callum cameron camila carlos caroline carter
casey charlie charlotte chloe christopher clara cody connor daisy daniel daniela darcy david dexter
diana dominic dylan eden edward eira elena eli elijah eliza ella ellie elliot eloise elsa emilia emily
emma eric erin esme ethan eva evan evelyn evie faith farah fatima felix finlay finley finn florence
francesca freddie frederick freya gabriel george georgia grace gracie hamza hana hannah harley harper
harriet harrison harry harvey hassan hayden hazel heidi henry holly hollie hugo ibrahim idris imogen
iris isaac isabel isabella isabelle isaiah isla ismail ivy jack jacob jade jake james jamie jasmine
jason jaxon jay jayden jenna jessica jude julia junaid kacper kai kaitlyn karim karina kayla keira
kian kieran kyle lacey laila lara laura layla leah leo leon leonardo lexi liam lilly lily lola louie
louis louise lucas lucia lucy luka luke luna maddison maisie maja malachi maria mariam mark martha
mason matilda matthew max maya megan mehmet mia michael mila millie mohammad mohammed molly muhammad
mustafa nadia naomi nathan nia niamh nicole noah noor nora nuala oakley olivia ollie omar oscar owen
paige penelope phoebe piper poppy priya rachel rafael rahul raja rayan reggie reuben rhys riley rishi
robert rohan ronnie rory rosa rose rosie ruby rufus ryan sabrina safiya sam samantha samir samuel sana
sara sarah scarlett sebastian seren shreya sienna simran sofia sonny sophia sophie stanley stella
summer sunny tariq taylor teddy theo theodore thomas tilly toby tom tommy tyler valentina victoria
violet vivienne wiktoria willow william xavier yasmin yusuf zac zachary zahra zainab zara zayn zoe
zofia zuzanna
tunde tunji segun seun wale kunle dayo bayo bisi funke folake funmi yemi yinka lola toyin kemi sola
femi gbenga jide kayode lanre niyi remi ronke shola tobi titi tope wunmi ebuka obinna uche ugo nkechi
chika chuka chioma ezinne ikenna kelechi nneka obiora tochi zikora musa aminu halima hauwa zainab
dmytro mykola oleksandr oleksii andrii yurii serhii vitalii bohdan yaroslav volodymyr iryna olena
nataliya tetiana kateryna mariia sofiia vlad maksym artem denys illia kyrylo solomiia
giedre gintare ieva ugne rugile kamile austeja gabija emilija vakaris domantas mantas nojus ignas
rokas kajus arnas dovydas laurynas elze smilte liepa janis kristaps roberts ilze liga elina
ibukun nkem ebele chisom ifeoluwa oluwatobi oluwafemi ayomide feyisayo tomi dara eniola temi fola
jumoke bimpe damola demilade fiyin inioluwa moyo ore simi tolu dami adaora amaka chinonso ebuka
ikechukwu nnamdi somto kosi ada oge kamsi munachi chidinma ifunanya oleksandra anastasiia viktoriia
yuliia daryna khrystyna zlata polina veronika vira nadiya oksana halyna liudmyla taras ostap
vaiva akvile ruta greta ema gustas matas lukas jokubas
`;

export const COMMON_FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

/** The parts of a code that read as a first name ("AMELIA-Y4" → ["amelia"]). */
export function namesInCode(code: string): string[] {
  return code
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((part) => part.length >= 3 && COMMON_FIRST_NAMES.has(part));
}
