// Texts come from the server's message bundles (i18n/messages_<lang>.properties); pages only carry keys.
// Elements name their text with data-i18n="key" and their attributes with
// data-i18n-attr="attribute:key; attribute:key".

const STORAGE_KEY = 'atelier.lang';
const LANGUAGES = ['fr', 'en'];
const DEFAULT_LANGUAGE = 'fr';

let messages = {};
const listeners = new Set();

export function currentLanguage() {
  const stored = localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.includes(stored) ? stored : DEFAULT_LANGUAGE;
}

/** The text for a key, with {name} placeholders filled in; the key itself when the bundle lacks it. */
export function t(key, params = {}) {
  const template = messages[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (placeholder, name) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder);
}

/** True when the bundle has a text for the key. */
export function hasText(key) {
  return Object.hasOwn(messages, key);
}

/**
 * The text for a count: the key's `.one`, `.other`... form as the language's plural rules choose
 * (French says "0 gommette", English "0 dots"), `.other` when the bundle lacks that form.
 */
export function plural(key, count, params = {}) {
  const form = pluralRules(document.documentElement.lang || DEFAULT_LANGUAGE).select(count);
  const chosen = Object.hasOwn(messages, `${key}.${form}`) ? `${key}.${form}` : `${key}.other`;
  return t(chosen, { count, ...params });
}

const rules = new Map();

/** The language's plural rules, made once: a page says hundreds of counts. */
function pluralRules(language) {
  if (!rules.has(language)) {
    rules.set(language, new Intl.PluralRules(language));
  }
  return rules.get(language);
}

/** Loads the stored language, translates the page and wires every language switch. */
export async function initI18n() {
  await load(currentLanguage());
  document.querySelectorAll('[data-lang-switch]').forEach((button) =>
    button.addEventListener('click', () => switchLanguage(t('lang.other.code'))));
}

/** Pages re-render what they built from data (phase names, counts...) when the language changes. */
export function onLanguageChange(listener) {
  listeners.add(listener);
}

export function translate(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((element) => {
    element.textContent = t(element.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-attr]').forEach((element) => {
    for (const pair of element.dataset.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':').map((part) => part.trim());
      element.setAttribute(attribute, t(key));
    }
  });
}

async function switchLanguage(language) {
  if (!LANGUAGES.includes(language)) {
    return;
  }
  localStorage.setItem(STORAGE_KEY, language);
  await load(language);
  listeners.forEach((listener) => listener(language));
}

async function load(language) {
  try {
    const response = await fetch(`/i18n/messages?lang=${encodeURIComponent(language)}`);
    messages = response.ok ? await response.json() : {};
  } catch {
    // Without the bundle the page still works and shows its keys rather than staying blank.
    messages = {};
  }
  document.documentElement.lang = language;
  translate();
  document.querySelectorAll('[data-lang-switch]').forEach((button) => {
    button.lang = t('lang.other.code');
  });
  document.documentElement.classList.remove('i18n-pending');
}
