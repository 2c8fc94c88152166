import { api, path, retried } from './api.js';
import { t } from './i18n.js';
import { ProposalForm } from './proposal-form.js';
import { excerpt } from './proposals.js';
import { PROPOSAL_OPEN } from './room.js';
import { announce, confirmAction, element, newId, showError } from './ui.js';

/**
 * What both the participant page and the console do with proposals: propose one (with a
 * client-chosen proposalId, so a resend is harmless), amend and withdraw it.
 */
export class ProposalDesk {
  #room;
  #workshopId;
  #token;
  #mayChange;
  #render;
  #refresh;
  #errorNode;
  #allowNoLead;
  #defaultLead;
  #self;
  /** A proposal whose answer never came: sent again with the same proposalId as long as it is unchanged. */
  #pending = null;
  #editors = new Map();

  /**
   * mayChange(proposal): whether this screen may amend and withdraw it; render(): re-renders the
   * page; refresh(): reads the board again; errorNode: where refusals of withdrawals are said;
   * self(): {proposer, proposerOrganisationId} of this screen (null for the facilitator).
   */
  constructor({
    room, workshopId, token, mayChange, render, refresh, errorNode, allowNoLead = false, defaultLead = () => null,
    self = () => ({ proposer: null, proposerOrganisationId: null }),
  }) {
    this.#self = self;
    this.#room = room;
    this.#workshopId = workshopId;
    this.#token = token;
    this.#mayChange = mayChange;
    this.#render = render;
    this.#refresh = refresh;
    this.#errorNode = errorNode;
    this.#allowNoLead = allowNoLead;
    this.#defaultLead = defaultLead;
  }

  /** The "propose a project" form. */
  proposeForm(prefix) {
    return new ProposalForm(this.#room, {
      prefix,
      submitKey: 'proposals.submit',
      allowNoLead: this.#allowNoLead,
      defaultLead: this.#defaultLead,
      onSubmit: (body, form) => this.#propose(body, form),
    });
  }

  async #propose(body, form) {
    const content = JSON.stringify(body);
    if (this.#pending?.content !== content) {
      this.#pending = { proposalId: newId(), content };
    }
    const sending = this.#pending;
    try {
      await retried(() => api(path`/api/workshops/${this.#workshopId}/proposals`, {
        method: 'POST', token: this.#token, body: { proposalId: sending.proposalId, ...body },
      }));
      this.#pending = null;
      // Shown at once; the ProjectProposed message that follows sets the same proposal.
      this.#room.apply({ type: 'ProjectProposed', payload: {
        proposalId: sending.proposalId,
        ...body,
        derivedFromIdeas: body.derivedFrom,
        ...this.#self(),
        at: new Date().toISOString(),
      } });
      form.reset();
      this.#render();
      // The form folds away, the keyboard stays where it was opened, and the new card is in the list.
      const box = form.form.closest('details');
      if (box) {
        box.open = false;
        box.querySelector('summary')?.focus();
      }
      announce(t('announce.proposed', { title: body.title }));
      return true;
    } catch (error) {
      if (!error.transient) {
        this.#pending = null;
      }
      showError(form.error, error);
      if (error.status === 409) {
        this.#refresh();
      }
      return false;
    }
  }

  /** Adds "amend" and "withdraw" to a proposal's card. */
  decorate(item, proposal) {
    const describedBy = { 'aria-describedby': `proposal-title-${proposal.proposalId}` };
    const amend = element('button', {
      className: 'secondary amend-button', text: t('proposals.amend'),
      attributes: { type: 'button', 'data-i18n': 'proposals.amend', ...describedBy },
    });
    const withdraw = element('button', {
      className: 'secondary danger-text withdraw-button', text: t('proposals.withdraw'),
      attributes: { type: 'button', 'data-i18n': 'proposals.withdraw', ...describedBy },
    });
    amend.addEventListener('click', () => this.#openEditor(item, proposal.proposalId));
    withdraw.addEventListener('click', () => this.#withdraw(proposal.proposalId));
    item.append(element('div', { className: 'proposal-actions author-actions' }, [amend, withdraw]));
  }

  /** Shows "amend" and "withdraw" only to who may, while the room realizes. */
  update(item, proposal) {
    const allowed = this.#room.phase === 'REALIZATION' && proposal.status === PROPOSAL_OPEN && this.#mayChange(proposal);
    item.querySelector('.author-actions').hidden = !allowed || item.classList.contains('is-editing');
  }

  #openEditor(item, proposalId) {
    if (item.classList.contains('is-editing')) {
      return;
    }
    const proposal = this.#room.proposals.get(proposalId);
    const close = () => {
      this.#editors.delete(proposalId);
      editor.form.remove();
      item.classList.remove('is-editing');
      this.#render();
      // A card withdrawn meanwhile is gone once its editor closes: the keyboard goes back to the list.
      const back = item.isConnected ? item.querySelector('.amend-button') : document.getElementById('proposals-title');
      back?.focus();
    };
    const editor = new ProposalForm(this.#room, {
      prefix: `amend-${proposalId}`,
      submitKey: 'proposals.save',
      values: proposal,
      allowNoLead: this.#allowNoLead,
      onCancel: close,
      onSubmit: async (body) => {
        try {
          const amended = await api(path`/api/proposals/${proposalId}`, { method: 'PATCH', token: this.#token, body });
          // Shown at once; the ProposalAmended message that follows sets the same.
          this.#room.apply({ type: 'ProposalAmended', payload: {
            proposalId, ...body, derivedFromIdeas: body.derivedFrom, at: amended?.amendedAt ?? new Date().toISOString(),
          } });
          close();
          announce(t('announce.amended', { title: body.title }));
          return true;
        } catch (error) {
          showError(editor.error, error);
          if (error.status === 409 || error.status === 404) {
            this.#refresh();
          }
          return false;
        }
      },
    });
    editor.form.classList.add('proposal-editor');
    editor.form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        close();
      }
    });
    this.#editors.set(proposalId, editor);
    item.classList.add('is-editing');
    item.querySelector('.author-actions').hidden = true;
    item.append(editor.form);
    editor.focus();
  }

  /** Keeps the open editors' sources and organisations in line with the room. */
  renderEditors() {
    this.#editors.forEach((editor) => editor.render());
  }

  async #withdraw(proposalId) {
    const title = this.#room.proposals.get(proposalId)?.title ?? '';
    const { confirmed } = await confirmAction({
      title: t('proposals.withdrawTitle'),
      message: t('proposals.withdrawMessage', { title: excerpt(title) }),
      confirmLabel: t('proposals.withdraw'),
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    showError(this.#errorNode, null);
    try {
      await api(path`/api/proposals/${proposalId}`, { method: 'DELETE', token: this.#token });
      this.#room.apply({ type: 'ProposalWithdrawn', payload: { proposalId } });
      this.#render();
      document.getElementById('proposals-title')?.focus();
      announce(t('announce.proposalWithdrawn', { title }));
    } catch (error) {
      showError(this.#errorNode, error);
      if (error.status === 409) {
        this.#refresh();
      }
    }
  }
}
