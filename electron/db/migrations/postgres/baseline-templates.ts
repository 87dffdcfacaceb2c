/** The first versions of the contract and the huisregels, as SQLite's migration 1795400000010 wrote them. */
export const CONTRACT_TEMPLATE = `# Samenwerkingsafspraken

Deze afspraken maken {{vraaggezin.naam}}, {{steungezin.naam}} en {{stichting.naam}} over de steun die het steungezin het vraaggezin geeft, in de gemeente {{gemeente.naam}}.

# Wie doen er mee

Vraaggezin: {{vraaggezin.naam}}, {{vraaggezin.adres}}. Ouders: {{vraaggezin.ouders}}.

Steungezin: {{steungezin.naam}}, {{steungezin.adres}}. Volwassenen: {{steungezin.ouders}}.

De kinderen die meedoen:
{{kinderen}}

De coördinator van Buurtgezinnen is {{coordinator.naam}} (telefoon {{coordinator.telefoon}}, e-mail {{coordinator.email}}).

# Wat de steun is

{{koppeling.steun}}, {{koppeling.frequentie}}.

{{koppeling.afspraken}}

# Proefperiode en evaluaties

De proefperiode begint op {{koppeling.startdatum}} en duurt tot {{koppeling.proefperiode_einde}}. Aan het eind van de proefperiode bespreken beide gezinnen met de coördinator hoe het gaat. Daarna volgt elk half jaar een evaluatie: {{koppeling.evaluaties}}. De begeleiding door Buurtgezinnen stopt uiterlijk op {{koppeling.einddatum}}; daarna mogen de gezinnen op eigen gelegenheid verder.

# Zorgen over de veiligheid van een kind

Maakt het steungezin zich zorgen over de veiligheid of het welzijn van een kind, dan belt het dezelfde dag de coördinator. De coördinator bespreekt met het steungezin wat er moet gebeuren en volgt de meldcode. Het steungezin gaat niet zelf onderzoeken of hulpverleners inschakelen.

# Privacy

Wat de gezinnen van elkaar weten, blijft tussen hen en de coördinator. Foto's van de kinderen worden niet zonder toestemming van de ouders gedeeld, ook niet op sociale media. Buurtgezinnen bewaart alleen de gegevens die nodig zijn voor de begeleiding.

# Beëindigen

Elk gezin kan de samenwerking op ieder moment beëindigen, na overleg met de coördinator. Buurtgezinnen kan de samenwerking beëindigen als de veiligheid van een kind in het geding is.

Aldus afgesproken op {{datum}}.`;

export const HOUSE_RULES_TEMPLATE = `# Huisregels van {{steungezin.naam}}

Deze huisregels gelden als de kinderen van {{vraaggezin.naam}} bij {{steungezin.naam}} zijn, op {{steungezin.adres}}. Ze zijn besproken met beide gezinnen en de coördinator, {{coordinator.naam}}.

De kinderen die meedoen:
{{kinderen}}

# Bij ons thuis

- We eten samen aan tafel; vertel ons wat je kind niet mag of wil eten.
- Medicijnen geven we alleen zoals de ouders dat op papier hebben gezet.
- Tv, tablet en telefoon gebruiken we in overleg en niet na het avondeten.
- Huisdieren: de kinderen zijn nooit alleen met de hond.

# Buiten de deur

- In de auto zit ieder kind in een goedgekeurde autostoel of met gordel.
- Zwemmen alleen onder toezicht van een volwassene van het steungezin.
- Uitstapjes spreken we vooraf af met de ouders.

# Contact

- De ouders zijn bereikbaar zolang hun kinderen bij ons zijn.
- Bij ziekte of een ongeluk bellen we eerst de ouders en daarna de coördinator.
- Afspraken die niet doorgaan, zeggen we minstens een dag van tevoren af.

Afgesproken op {{datum}}.`;
