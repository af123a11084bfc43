// Staff of the demo client: French names, unique e-mail addresses at the client's domain, and a
// department and site drawn from the client's headcount.

import { CLIENT, DEPARTMENTS, HEAD_OFFICE, SITES } from './client';
import type { Department, Site } from './client';
import type { Random } from './random';

export interface Person {
  fullName: string;
  firstName: string;
  email: string;
  department: Department;
  site: Site;
}

const FIRST_NAMES = (
  'Julie Thomas Camille Nicolas Sarah Julien Laura Maxime Manon Alexandre Léa Antoine Chloé ' +
  'Kevin Emma Romain Pauline Mathieu Marie Sébastien Céline Guillaume Aurélie Florian Élodie ' +
  'Quentin Lucie Anthony Mélanie Jérémy Claire Vincent Nathalie Olivier Sandrine Stéphane ' +
  'Isabelle Christophe Valérie Philippe Sophie David Karine Frédéric Caroline Laurent Inès ' +
  'Mehdi Yasmine Karim Amina Sofiane Fatima Hugo Louise Lucas Jade Théo Océane Nathan Anaïs ' +
  'Baptiste Margaux Damien Audrey Cédric Émilie Fabien Hélène Jean-Marc Marie-Claire Yannick ' +
  'Gaëlle Loïc Sylvie Pascal Agathe Rémi Noémie Bruno Ophélie Thierry Véronique Adrien Clémence'
).split(' ');

const LAST_NAMES = (
  'Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre ' +
  'Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont ' +
  'Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry ' +
  'Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin ' +
  'Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noël ' +
  'Meyer Lucas Meunier Jean Perez Marchand Dufour Blanchard Marie Barbier Brun Dumas Brunet ' +
  'Schmitt Leroux Colin Fernandez Pierre Renard Arnaud Rolland Caron Aubert Giraud Leclerc ' +
  'Vidal Bourgeois Renaud Lemoine Picard Gaillard Philippe Leclercq Lacroix Fabre Dupuis ' +
  'Olivier Rodriguez Da-Silva Hubert Louis Charles Guillot Rivière Le-Gall Benali Haddad ' +
  'Ferreira Pereira Mansouri Traoré Diallo Kaya Ben-Saïd Le-Goff Hoarau Paris Tessier Besnard'
).split(' ');

export interface PeopleFactory {
  /** A new person, unique by e-mail; in the given department when one is named. */
  next(department?: Department): Person;
}

/** Creates people one at a time so each part of the fleet draws only the staff it needs. */
export function createPeople(random: Random): PeopleFactory {
  const taken = new Set<string>();
  const departmentWeights = DEPARTMENTS.map((d) => [d, d.weight] as const);
  const siteWeights = SITES.map((s) => [s, s.weight] as const);
  const headOffice = SITES.find((s) => s.code === HEAD_OFFICE) ?? SITES[0];

  return {
    next(department = random.weighted(departmentWeights)) {
      const firstName = random.pick(FIRST_NAMES);
      const lastName = random.pick(LAST_NAMES).replaceAll('-', ' ');

      const atHeadOffice = department.headOffice && random.chance(0.8);
      const site = atHeadOffice ? headOffice : random.weighted(siteWeights);

      const email = uniqueEmail(`${slug(firstName)}.${slug(lastName)}`, taken);
      return { fullName: `${firstName} ${lastName}`, firstName, email, department, site };
    },
  };
}

function uniqueEmail(local: string, taken: Set<string>): string {
  let candidate = local;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${local}${n}`;

  taken.add(candidate);
  return `${candidate}@${CLIENT.domain}`;
}

/** Lower case, accents dropped, spaces joined by hyphens: how the client's directory spells it. */
function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');
}
