import type { ChoiceChange, Consultation, JourneyEvent, PlacementDecision } from './model.js';

// The events an LA's case system subscribes to. Each carries the LA's own case reference and codes:
// never a note, a message, an explanation or anything else about the child. The bus is in the
// account that runs OpenPlace (normally the LA's own); where several LAs share one, each
// subscribes with a rule on detail.laCode (README, "Events").

type Ids = () => string;

export function preferencesChanged(
  laCode: string,
  caseReference: string,
  changes: readonly ChoiceChange[],
  currentCount: number,
  at: string,
  newId: Ids,
): JourneyEvent {
  return {
    id: newId(),
    type: 'PreferencesChanged',
    occurredAt: at,
    detail: {
      laCode,
      caseReference,
      changedBy: changes[0]?.by ?? 'FAMILY',
      added: changes.filter((c) => c.kind === 'ADDED').map((c) => c.choiceId),
      removed: changes.filter((c) => c.kind === 'REMOVED').map((c) => c.choiceId),
      reranked: changes.filter((c) => c.kind === 'RERANKED').map((c) => c.choiceId),
      currentChoices: currentCount,
    },
  };
}

function consultationDetail(c: Consultation) {
  return {
    laCode: c.laCode,
    caseReference: c.caseReference,
    consultationId: c.id,
    settingId: c.setting.id,
    urn: c.setting.urn,
    settingLaCode: c.setting.laCode,
    provisionId: c.provision?.id ?? null,
    dueOn: c.dueOn,
  };
}

export function consultationStarted(c: Consultation, newId: Ids): JourneyEvent {
  return {
    id: newId(),
    type: 'ConsultationStarted',
    occurredAt: c.sentAt,
    detail: { ...consultationDetail(c), sentOn: c.sentOn },
  };
}

export function consultationAnswered(c: Consultation, newId: Ids): JourneyEvent {
  const answer = c.answers.at(-1);
  return {
    id: newId(),
    type: 'ConsultationAnswered',
    occurredAt: answer?.answeredAt ?? c.sentAt,
    detail: {
      ...consultationDetail(c),
      answer: answer?.answer ?? null,
      ground: answer?.ground ?? null,
      answerVersion: answer?.version ?? 0,
    },
  };
}

export function consultationOverdue(c: Consultation, at: string, newId: Ids): JourneyEvent {
  return { id: newId(), type: 'ConsultationOverdue', occurredAt: at, detail: consultationDetail(c) };
}

export function decisionRecorded(
  laCode: string,
  caseReference: string,
  d: PlacementDecision,
  newId: Ids,
): JourneyEvent {
  return {
    id: newId(),
    type: 'DecisionRecorded',
    occurredAt: d.recordedAt,
    detail: {
      laCode,
      caseReference,
      decisionId: d.id,
      decidedOn: d.decidedOn,
      namedKind: d.named.kind,
      settingId: d.named.settingId,
      urn: d.named.urn,
      typeOfSetting: d.named.typeOfSetting,
      onList: d.onList,
      familyChoiceRank: d.familyChoiceRank,
      refusedGrounds: [...new Set(d.refusals.flatMap((r) => r.grounds))],
      supersedes: d.supersedes,
      appealBy: d.appealBy,
    },
  };
}
