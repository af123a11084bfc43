// How each KPI is computed, in French, keyed like the KPI ids (`devices.total` is
// `devices: { total }`); same keys in both files.
export const formulaFr = {
  devices: {
    total: 'Nombre d’appareils distincts après rapprochement de tous les inventaires',
    managedRate: '100 × appareils vus par au moins un export MDM / appareils',
    complianceRate: '100 × appareils conformes / appareils à l’état connu (grâce = non conforme)',
    staleRate: '100 × appareils sans synchro depuis plus de N jours / appareils datés',
    ghostRate: '100 × appareils sans synchro depuis plus de N jours / appareils datés',
    averageAgeYears: 'Moyenne de (date de mesure − date d’achat, sinon d’enrôlement) / 365,25',
    olderThan3YearsRate: '100 × appareils de plus de N ans (365,25 j) / appareils datés',
    osOutdatedRate: '100 × correctif plus vieux que N jours / appareils au correctif daté',
    osUnsupportedRate: '100 × OS hors support de sécurité / appareils évalués',
    osBehindRate: '100 × OS dépassés ou hors support / appareils évalués',
    pastSupportRate:
      '100 × appareils dont le modèle n’a plus de mises à jour de sécurité / appareils au ' +
      'modèle reconnu',
  },
  lines: {
    total: 'Numéros distincts facturés ou présents dans l’inventaire des lignes',
    unusedRate:
      '100 × lignes sans data, appel ni SMS sur les deux derniers mois de facturation / lignes ' +
      'facturées ces deux mois',
    underusedRate:
      '100 × lignes non inutilisées dont data moyenne < seuil × enveloppe / lignes facturées ' +
      'sur la fenêtre d’usage avec enveloppe > 0',
  },
  cost: {
    totalMonthly: 'Σ total HT / nombre de mois facturés (fenêtre de coûts)',
    perLineMonthly: 'Σ total HT sur la fenêtre de coûts / nombre de lignes-mois',
    outOfPlanMonthly: 'Σ hors-forfait HT / nombre de mois facturés (fenêtre de coûts)',
    tcoPerDeviceMonthly:
      '(Σ prix d’achat / durée de vie + N × (support + MDM + heures × coût horaire + fin ' +
      'de vie / durée de vie) + télécom mensuel) / N appareils',
    tcoPerUserMonthly: 'Coût mensuel du parc (comme le TCO par appareil) / personnes attribuées',
    outOfPlanShare: '100 × Σ hors-forfait / Σ total HT sur la fenêtre d’usage',
    spendTrend:
      '100 × (moyenne des k derniers mois / moyenne des k mois précédents − 1), k = ' +
      'min(3, n / 2)',
    budgetVariance:
      '100 × (Σ facturé / Σ budget prévu − 1) sur les mois budgétés et facturés de l’année',
  },
  operations: {
    provisioningDelayHours: 'Médiane des heures entre demande et remise (part sous 48 h à côté)',
    availabilityRate: 'Moyenne des relevés de 100 × (1 − appareils hors service / appareils)',
    mttrHours: 'Moyenne des heures entre ouverture et résolution des incidents résolus',
  },
  security: {
    incidentsMonthly: 'Moyenne des incidents de sécurité par mois sur les 3 derniers mois',
    criticalPatchDelayDays: 'Moyenne des jours entre publication et déploiement des correctifs',
  },
  usage: {
    dataPerLineMonthly: 'Moyenne par ligne de Σ data / mois facturés dans la fenêtre d’usage',
    satisfactionScore: 'Moyenne pondérée par répondants des notes du dernier trimestre, sur 10',
    appAdoptionRate: '100 × Σ utilisateurs actifs / Σ utilisateurs éligibles',
  },
  sustainability: {
    lifetimeExtensionCo2:
      'Σ empreinte de fabrication × (1 / L − 1 / (L + 1)), L = durée de vie en années',
    lifetimeAtRetirementYears: 'Moyenne de l’âge à la sortie, pondérée par le nombre d’appareils',
    endOfLifeRecoveryRate: '100 × appareils non détruits / appareils en fin de vie',
  },
};
