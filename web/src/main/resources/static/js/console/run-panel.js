import { api, path } from '../api.js';
import { t } from '../i18n.js';
import { isOpen, nextPhase, nextStep, previousPhase, previousStep } from '../room.js';
import { announce, confirmAction, phaseAnnouncement, setText, showError } from '../ui.js';

/**
 * The console's moves of the room. The usual move, the next step, is the primary button; the next
 * phase takes that place only once the phase's last step is reached, and closing the workshop,
 * which cannot be undone, never does: it is a danger button whose dialog says so.
 */
export function runPanel({ room, workshopId, token, render, refresh }) {
  const advanceButton = document.getElementById('advance');
  const stepButton = document.getElementById('advance-step');
  const stepBackButton = document.getElementById('step-back');
  const phaseBackButton = document.getElementById('phase-back');
  const consoleError = document.getElementById('console-error');
  let busy = false;

  function renderButtons() {
    const phase = nextPhase(room.phase);
    const step = isOpen(room.phase) ? nextStep(room.step) : null;
    const closing = phase === 'CLOSED';

    stepButton.hidden = !isOpen(room.phase);
    stepButton.disabled = busy || !step;
    setText(stepButton, step ? t('console.advanceStep', { step: t(`step.${step}`) }) : t('console.noNextStep'));

    advanceButton.disabled = busy || !phase;
    setText(advanceButton, closing ? t('console.close')
      : phase ? t('console.advance', { phase: t(`phase.${phase}`) }) : t('console.closed'));
    const phaseIsTheMove = Boolean(phase) && !closing && !step;
    advanceButton.classList.toggle('primary', phaseIsTheMove);
    advanceButton.classList.toggle('secondary', !phaseIsTheMove);
    advanceButton.classList.toggle('danger-text', closing);
    stepButton.classList.toggle('primary', Boolean(step));
    stepButton.classList.toggle('secondary', !step);

    const back = isOpen(room.phase) ? previousStep(room.step) : null;
    stepBackButton.disabled = busy || !back;
    setText(stepBackButton, back ? t('console.stepBack', { step: t(`step.${back}`) }) : t('console.noPreviousStep'));

    const earlier = previousPhase(room.phase);
    phaseBackButton.disabled = busy || !earlier;
    setText(phaseBackButton, earlier ? t('console.phaseBack', { phase: t(`phase.${earlier}`) }) : t('console.noPreviousPhase'));
  }

  /** Runs a confirmed move of the room; a 409 means someone else moved it first, so read again. */
  async function move(call) {
    showError(consoleError, null);
    busy = true;
    renderButtons();
    try {
      await call();
    } catch (error) {
      showError(consoleError, error);
      if (error.status === 409) {
        refresh();
      }
    } finally {
      busy = false;
      render();
    }
  }

  function confirmPhase(next) {
    const nextName = t(`phase.${next}`);
    if (next === 'CLOSED') {
      return confirmAction({
        title: t('console.closeTitle'),
        message: t('console.closeMessage'),
        confirmLabel: t('console.closeConfirm'),
        destructive: true,
      });
    }
    const stepsLeft = isOpen(room.phase) && nextStep(room.step) !== null;
    return confirmAction({
      title: t('console.advanceTitle', { phase: nextName }),
      message: [
        t('console.advanceMessage', { phase: nextName, prompt: t(`prompt.${next}`) }),
        ...(stepsLeft ? [t('console.advanceEarly', { step: t(`step.${room.step}`) })] : []),
      ].join(' '),
      confirmLabel: t('console.advanceConfirm'),
    });
  }

  advanceButton.addEventListener('click', async () => {
    const shown = room.phase;
    const next = nextPhase(shown);
    if (!next) {
      return;
    }
    const { confirmed } = await confirmPhase(next);
    if (!confirmed) {
      return;
    }
    await move(async () => {
      const answer = await api(path`/api/workshops/${workshopId}/advance`, {
        method: 'POST', token, body: { expectedPhase: shown },
      });
      // Shown at once; the PhaseAdvanced (or WorkshopClosed) message that follows sets the same phase.
      if (answer.phase !== room.phase) {
        room.apply(isOpen(answer.phase)
          ? { type: 'PhaseAdvanced', payload: { from: shown, to: answer.phase, step: 'COLLECT' } }
          : { type: 'WorkshopClosed', payload: {} });
      }
      announce(phaseAnnouncement(answer.phase));
    });
  });

  /** Moves the room one step forward or back, after confirmation, from the step this screen shows. */
  async function moveStep({ target, titleKey, messageKey, confirmKey, endpoint, changeType }) {
    const shown = room.step;
    const goal = target(shown);
    if (!goal) {
      return;
    }
    const goalName = t(`step.${goal}`);
    const { confirmed } = await confirmAction({
      title: t(titleKey, { step: goalName }),
      message: t(messageKey, { step: goalName }),
      confirmLabel: t(confirmKey),
    });
    if (!confirmed) {
      return;
    }
    await move(async () => {
      const answer = await api(path`/api/workshops/${workshopId}/${endpoint}`, {
        method: 'POST', token, body: { expectedStep: shown },
      });
      // Shown at once; the StepAdvanced or StepReverted message that follows sets the same step.
      if (answer.step !== room.step && answer.phase === room.phase) {
        room.apply({ type: changeType, payload: { phase: answer.phase, from: shown, to: answer.step } });
      }
      announce(t('announce.step', { step: t(`step.${answer.step}`) }));
    });
  }

  stepButton.addEventListener('click', () => moveStep({
    target: nextStep, titleKey: 'console.stepTitle', messageKey: 'console.stepMessage',
    confirmKey: 'console.advanceConfirm', endpoint: 'advance-step', changeType: 'StepAdvanced',
  }));

  stepBackButton.addEventListener('click', () => moveStep({
    target: previousStep, titleKey: 'console.stepBackTitle', messageKey: 'console.stepBackMessage',
    confirmKey: 'console.backConfirm', endpoint: 'step-back', changeType: 'StepReverted',
  }));

  phaseBackButton.addEventListener('click', async () => {
    const shown = room.phase;
    const earlier = previousPhase(shown);
    if (!earlier) {
      return;
    }
    const earlierName = t(`phase.${earlier}`);
    const { confirmed } = await confirmAction({
      title: t('console.phaseBackTitle', { phase: earlierName }),
      message: isOpen(earlier) ? t('console.phaseBackMessage', { phase: earlierName })
        : t('console.phaseBackToPreparation'),
      confirmLabel: t('console.backConfirm'),
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    await move(async () => {
      const answer = await api(path`/api/workshops/${workshopId}/phase-back`, {
        method: 'POST', token, body: { expectedPhase: shown },
      });
      // Shown at once; the PhaseReverted message that follows sets the same phase.
      if (answer.phase !== room.phase) {
        room.apply({ type: 'PhaseReverted', payload: { from: shown, to: answer.phase, step: answer.step ?? null } });
      }
      announce(phaseAnnouncement(answer.phase));
    });
  });

  return { render: renderButtons };
}
