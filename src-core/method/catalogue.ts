// The method's starting content: for each of the seven phases, the work a consultant usually
// plans, what it hands over, and what must hold before the next phase may start. Ids are
// stable because stored plans refer to them; the wording is the app's own.
import type { PhaseId } from '@core/checklist/phases';

export interface Bilingual {
  fr: string;
  en: string;
}

export interface PhaseCatalogue {
  tasks: Record<string, Bilingual>;
  deliverables: Bilingual[];
  criteria: Record<string, Bilingual>;
}

const audit: PhaseCatalogue = {
  tasks: {
    'audit.inventory': {
      fr: 'Rassembler les inventaires MDM et les registres de matériel',
      en: 'Gather the MDM inventories and asset registers',
    },
    'audit.usage': {
      fr: 'Interroger les métiers sur leurs usages mobiles réels',
      en: 'Interview business teams on how they really use mobiles',
    },
    'audit.costs': {
      fr: 'Analyser douze mois de factures opérateurs',
      en: 'Analyse twelve months of operator bills',
    },
    'audit.pains': {
      fr: 'Recenser incidents, plaintes et processus lents',
      en: 'List incidents, complaints and slow processes',
    },
    'audit.objectives': {
      fr: 'Chiffrer les objectifs du programme avec le sponsor',
      en: 'Put figures on the programme objectives with the sponsor',
    },
  },
  deliverables: [
    { fr: "Rapport d'état des lieux du parc", en: 'Fleet baseline report' },
    { fr: 'Objectifs chiffrés et indicateurs de suivi', en: 'Quantified objectives and KPIs' },
  ],
  criteria: {
    'audit.gate.data': {
      fr: 'Inventaire et factures couvrent tout le périmètre',
      en: 'Inventory and bills cover the whole scope',
    },
    'audit.gate.objectives': {
      fr: 'Objectifs validés par le sponsor',
      en: 'Objectives signed off by the sponsor',
    },
  },
};

const strategy: PhaseCatalogue = {
  tasks: {
    'strategy.profiles': {
      fr: "Définir les profils d'utilisateurs et leurs besoins",
      en: 'Define user profiles and what each needs',
    },
    'strategy.ownership': {
      fr: 'Choisir le modèle de propriété par population (COBO, COPE, BYOD)',
      en: 'Choose an ownership model per population (COBO, COPE, BYOD)',
    },
    'strategy.security': {
      fr: 'Rédiger les politiques de sécurité par niveau de sensibilité',
      en: 'Write the security policies for each sensitivity level',
    },
    'strategy.catalogue': {
      fr: 'Arrêter la liste des modèles autorisés',
      en: 'Settle the list of allowed device models',
    },
  },
  deliverables: [
    { fr: 'Charte de gouvernance mobile', en: 'Mobile governance charter' },
    { fr: 'Matrice profils × politiques', en: 'Profiles × policies matrix' },
  ],
  criteria: {
    'strategy.gate.signed': {
      fr: 'Charte approuvée par la direction',
      en: 'Charter approved by management',
    },
    'strategy.gate.legal': {
      fr: 'Avis RH, juridique et DPO recueillis',
      en: 'HR, legal and DPO opinions collected',
    },
  },
};

const selection: PhaseCatalogue = {
  tasks: {
    'selection.grid': {
      fr: 'Pondérer la grille de critères avec les parties prenantes',
      en: 'Weight the criteria grid with the stakeholders',
    },
    'selection.shortlist': {
      fr: 'Noter les éditeurs et retenir les finalistes',
      en: 'Score the vendors and shortlist the finalists',
    },
    'selection.poc': {
      fr: 'Mener une preuve de concept avec chaque finaliste',
      en: 'Run a proof of concept with each finalist',
    },
    'selection.negotiation': {
      fr: 'Négocier licences, opérateurs et revendeurs',
      en: 'Negotiate licences, operators and resellers',
    },
  },
  deliverables: [
    { fr: 'Grille de comparaison notée', en: 'Scored comparison grid' },
    { fr: 'Compte rendu des preuves de concept', en: 'Proof-of-concept report' },
  ],
  criteria: {
    'selection.gate.choice': {
      fr: 'Solution retenue et motivée par écrit',
      en: 'Solution chosen with written reasons',
    },
    'selection.gate.budget': {
      fr: 'Budget engagé par les achats',
      en: 'Budget committed by procurement',
    },
  },
};

const preparation: PhaseCatalogue = {
  tasks: {
    'preparation.tenant': {
      fr: 'Configurer la plateforme et ses rôles d’administration',
      en: 'Configure the platform and its admin roles',
    },
    'preparation.directory': {
      fr: "Raccorder l'annuaire d'entreprise",
      en: 'Connect the corporate directory',
    },
    'preparation.profiles': {
      fr: 'Construire les profils de configuration par population',
      en: 'Build configuration profiles per population',
    },
    'preparation.enrolment': {
      fr: "Activer l'enrôlement automatique (Apple, Android Enterprise, Autopilot)",
      en: 'Turn on zero-touch enrolment (Apple, Android Enterprise, Autopilot)',
    },
    'preparation.apps': {
      fr: "Préparer le catalogue d'applications",
      en: 'Prepare the app catalogue',
    },
  },
  deliverables: [
    { fr: "Dossier d'architecture et de paramétrage", en: 'Architecture and settings file' },
    { fr: 'Procédures de support niveau 1 et 2', en: 'Level 1 and 2 support procedures' },
  ],
  criteria: {
    'preparation.gate.tests': {
      fr: 'Recette technique passée sur chaque plateforme',
      en: 'Technical acceptance passed on every platform',
    },
    'preparation.gate.support': {
      fr: 'Équipe support formée',
      en: 'Support team trained',
    },
  },
};

const pilot: PhaseCatalogue = {
  tasks: {
    'pilot.panel': {
      fr: 'Constituer un panel volontaire issu de plusieurs services',
      en: 'Recruit a volunteer panel from several departments',
    },
    'pilot.enrol': {
      fr: 'Enrôler le panel et suivre les premiers jours',
      en: 'Enrol the panel and watch the first days',
    },
    'pilot.feedback': {
      fr: 'Collecter et trier les retours utilisateurs',
      en: 'Collect and triage user feedback',
    },
    'pilot.adjust': {
      fr: 'Ajuster profils et procédures selon les retours',
      en: 'Adjust profiles and procedures from the feedback',
    },
  },
  deliverables: [
    { fr: 'Bilan du pilote', en: 'Pilot review' },
    { fr: 'Liste des correctifs appliqués', en: 'List of fixes applied' },
  ],
  criteria: {
    'pilot.gate.blocking': {
      fr: 'Aucun retour bloquant encore ouvert',
      en: 'No blocking feedback still open',
    },
    'pilot.gate.satisfaction': {
      fr: 'Satisfaction du panel jugée suffisante',
      en: 'Panel satisfaction deemed sufficient',
    },
  },
};

const rollout: PhaseCatalogue = {
  tasks: {
    'rollout.waves': {
      fr: 'Découper la population en vagues et les planifier',
      en: 'Split the population into waves and schedule them',
    },
    'rollout.comms': {
      fr: 'Diffuser le plan de communication avant chaque vague',
      en: 'Send the communication plan ahead of each wave',
    },
    'rollout.training': {
      fr: 'Animer les sessions de formation et publier les guides',
      en: 'Hold training sessions and publish the user guides',
    },
    'rollout.support': {
      fr: 'Renforcer le support pendant les vagues',
      en: 'Reinforce support during the waves',
    },
  },
  deliverables: [
    { fr: 'Plan de vagues et tableau de suivi', en: 'Wave plan and tracking board' },
    { fr: 'Kit de communication et de formation', en: 'Communication and training kit' },
  ],
  criteria: {
    'rollout.gate.coverage': {
      fr: 'Taux d’enrôlement cible atteint',
      en: 'Target enrolment rate reached',
    },
    'rollout.gate.incidents': {
      fr: "Volume d'incidents revenu à la normale",
      en: 'Incident volume back to normal',
    },
  },
};

const optimisation: PhaseCatalogue = {
  tasks: {
    'optimisation.review': {
      fr: 'Tenir une revue mensuelle des indicateurs',
      en: 'Hold a monthly KPI review',
    },
    'optimisation.policies': {
      fr: 'Faire évoluer les politiques selon le terrain',
      en: 'Evolve the policies from field experience',
    },
    'optimisation.telecom': {
      fr: 'Résilier ou ajuster les lignes inutiles',
      en: 'Cancel or resize unneeded lines',
    },
    'optimisation.watch': {
      fr: 'Suivre les nouveautés des plateformes et des OS',
      en: 'Track platform and OS changes',
    },
  },
  deliverables: [
    { fr: 'Tableau de bord mensuel', en: 'Monthly dashboard' },
    { fr: "Plan d'amélioration continue", en: 'Continuous improvement plan' },
  ],
  criteria: {
    'optimisation.gate.handover': {
      fr: 'Pilotage transmis à l’équipe interne',
      en: 'Steering handed over to the in-house team',
    },
  },
};

/** What each phase holds before the consultant edits it. */
export const METHOD_CATALOGUE: Record<PhaseId, PhaseCatalogue> = {
  audit,
  strategy,
  selection,
  preparation,
  pilot,
  rollout,
  optimisation,
};
