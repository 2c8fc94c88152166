import { t } from './i18n.js';
import { organisationNames, partnershipStrength } from './proposals.js';
import { element } from './ui.js';

export const PARTNERSHIP_TYPES = new Set(['PartnershipFormed', 'PartnershipExtended', 'PartnershipReduced', 'PartnershipDissolved']);

// The partnerships read model is its own projection: a screen told of a partnership by the board's
// live message may read it a moment before it shows there, so it reads again, a few times.
const READ_AGAIN_MS = [250, 500, 1000, 2000, 4000];

const NEWS_FLOATS_MS = 15_000;

/**
 * Keeps a room's partnerships as GET /api/partnerships gives them (new or strengthened, and which
 * pairs were already linked), and says on the page's news line when one forms, grows, shrinks or
 * is dissolved, as it happens.
 */
export class PartnershipWatch {
  #room;
  #token;
  #workshopId;
  #news;
  #onChange;
  #reads = 0;
  #latest = null;
  #settle = null;

  /** news: the page's news line (a role=status region); onChange(): re-renders the page. */
  constructor(room, { token, workshopId, news, onChange }) {
    this.#room = room;
    this.#token = token;
    this.#workshopId = workshopId;
    this.#news = news;
    this.#onChange = onChange;
  }

  /** Reads the partnerships; with `expected` (a live message), until the read shows that change. */
  async load(expected = null) {
    this.#reads += 1;
    const read = this.#reads;
    for (let attempt = 0; ; attempt += 1) {
      let shown = false;
      try {
        const partnerships = await this.#room.loadPartnerships(this.#token, this.#workshopId);
        shown = !expected || partnerships.some((p) => shows(p, expected));
      } catch (error) {
        if (!error.transient) {
          return; // names and strengths are a nicety: the board already says who is committed
        }
      }
      if (read === this.#reads) {
        this.#onChange();
        this.#showNews();
      }
      if (shown || attempt >= READ_AGAIN_MS.length || read !== this.#reads) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, READ_AGAIN_MS[attempt]));
    }
  }

  /** A live message about a partnership: said at once, completed once the partnerships read shows it. */
  onMessage({ type, payload }) {
    if (!PARTNERSHIP_TYPES.has(type)) {
      return;
    }
    this.#latest = {
      type,
      partnershipId: payload.partnershipId,
      proposalId: payload.proposalId,
      organisationIds: payload.organisationIds ?? [],
      organisationId: payload.organisationId ?? null,
    };
    this.#showNews();
    this.load(this.#latest);
  }

  /** Says the latest news again, e.g. in another language. */
  render() {
    this.#showNews();
  }

  #showNews() {
    const news = this.#latest;
    if (!news) {
      return;
    }
    const room = this.#room;
    const partnership = room.partnerships.get(news.partnershipId);
    const known = partnership && shows(partnership, news);
    const names = organisationNames(room, news.organisationIds);
    const organisation = room.organisationName(news.organisationId) || t('organisation.unknown');
    const title = room.proposals.get(news.proposalId)?.title ?? '';
    const headline = {
      PartnershipFormed: t('partnership.news.formed', { names }),
      PartnershipExtended: t('partnership.news.extended', { names, organisation }),
      PartnershipReduced: t('partnership.news.reduced', { names, organisation }),
      PartnershipDissolved: t('partnership.news.dissolved', { names }),
    }[news.type];
    const details = [
      ...(title ? [t('partnership.news.proposal', { title })] : []),
      ...(known && news.type !== 'PartnershipDissolved' ? [partnershipStrength(room, partnership)] : []),
    ].join(' ');
    // One sentence, set at once, so the polite region reads it whole.
    const region = this.#news;
    region.dataset.kind = news.type;
    region.dataset.partnershipId = news.partnershipId;
    region.dataset.strength = known ? (partnership.strengthened ? 'strengthened' : 'new') : '';
    const text = `${headline}. ${details}`.trim();
    if (region.dataset.text !== text) {
      region.dataset.text = text;
      region.replaceChildren(
        element('strong', { className: 'news-headline', text: `${headline}.` }),
        ...(details ? [element('span', { className: 'news-detail', text: ` ${details}` })] : []),
      );
      this.#float(region);
    }
  }

  /**
   * Fresh news floats at the bottom of the screen for a while, so a reader scrolled down the ideas sees
   * it too; then it settles back in its place at the top.
   */
  #float(region) {
    region.classList.add('is-fresh');
    clearTimeout(this.#settle);
    this.#settle = setTimeout(() => region.classList.remove('is-fresh'), NEWS_FLOATS_MS);
  }
}

/** True when a partnership as read shows the change a live message told. */
function shows(partnership, expected) {
  if (partnership.partnershipId !== expected.partnershipId) {
    return false;
  }
  if (expected.type === 'PartnershipDissolved') {
    return partnership.status === 'DISSOLVED';
  }
  const ids = new Set(partnership.organisationIds ?? []);
  return partnership.status === 'ACTIVE' && expected.organisationIds.length === ids.size
    && expected.organisationIds.every((id) => ids.has(id));
}

/** The workshop's partnerships, oldest first: who, for which project, new or strengthened, dissolved. */
export function renderPartnershipList(list, empty, room) {
  const partnerships = [...room.partnerships.values()];
  empty.hidden = partnerships.length > 0;
  list.replaceChildren(...partnerships.map((partnership) => {
    const title = room.proposals.get(partnership.proposalId)?.title ?? '';
    const dissolved = partnership.status === 'DISSOLVED';
    return element('li', {
      className: dissolved ? 'partnership is-dissolved' : 'partnership',
      attributes: {
        'data-partnership-id': partnership.partnershipId,
        'data-status': partnership.status ?? '',
        'data-strengthened': String(Boolean(partnership.strengthened)),
      },
    }, [
      element('span', { className: 'partnership-names', text: organisationNames(room, partnership.organisationIds) }),
      element('span', { className: 'partnership-proposal', text: title ? t('partnership.news.proposal', { title }) : '' }),
      element('span', {
        className: 'partnership-strength',
        text: dissolved ? t('partnership.dissolved') : partnershipStrength(room, partnership),
      }),
    ]);
  }));
}
