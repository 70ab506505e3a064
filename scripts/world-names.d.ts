/** Names of many traditions that are not everyday words, lower case, folded, sorted (scripts/world-names.js). */
export function worldNames(): string[];
/** Of those, the ones that are rarer English words. */
export function worldNamesThatAreRarerWords(): string[];
/** Names of the check's own lists that are everyday English words. */
export function ownNamesThatAreWords(): string[];
