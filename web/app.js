// The search page: plain DOM code, no framework. Everything from the server reaches the page as
// text nodes; a highlight's <mark> tags are rebuilt as elements, never parsed as HTML.
'use strict';

const PAGE_SIZE = 20;
const TYPING_DELAY_MS = 200;
const TYPE_LABELS = { quote: 'Quote', paragraph: 'Paragraph', caption: 'Caption' };

const $ = (id) => document.getElementById(id);
const box = $('q');
const tabs = [...document.querySelectorAll('#tabs button')];
const statusLine = $('status');
const results = $('results');
const moreButton = $('more');
const filters = $('filters');
const speakers = $('speakers');
const context = $('context');
const sortSwitch = $('sort');
const suggest = $('suggest');

let state = readUrl();
let shown = 0;
let inflight = null;
let typingTimer = 0;
// While the user types, one history entry follows the box; the next pause after a committed
// search (Enter, a tab, a filter) starts a new entry, so Back returns to what they last saw.
let typingEntry = false;

function readUrl() {
  const p = new URLSearchParams(location.search);
  const sort = p.get('sort') || '';
  return { q: p.get('q') || '', type: p.get('type') || '', speaker: p.get('speaker') || '',
    sort: sort === 'newest' || sort === 'oldest' ? sort : '' };
}

function urlOf(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.type) p.set('type', s.type);
  if (s.speaker) p.set('speaker', s.speaker);
  if (s.sort) p.set('sort', s.sort);
  const query = p.toString();
  return location.pathname + (query ? '?' + query : '');
}

function writeUrl(push) {
  const url = urlOf(state);
  if (url === location.pathname + location.search) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function apiQuery(s, offset) {
  const p = new URLSearchParams({ q: s.q, limit: String(PAGE_SIZE), offset: String(offset) });
  if (s.type) p.set('type', s.type);
  if (s.speaker) p.set('speaker', s.speaker);
  if (s.sort) p.set('sort', s.sort);
  return '/api/search?' + p.toString();
}

async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new Error('The server did not answer. Is article-search still running?');
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const reason = body && body.error ? body.error : 'HTTP ' + response.status;
    const error = new Error(response.status >= 500 ? 'The server failed: ' + reason : reason);
    error.status = response.status;
    throw error;
  }
  return body;
}

// --- rendering ---------------------------------------------------------------------------

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const known = ENTITIES[name.toLowerCase()];
    return known === undefined ? whole : known;
  });
}

/** Appends a server highlight (escaped text with <mark> around matches) as text and mark elements. */
function appendHighlight(parent, highlight) {
  let mark = null;
  for (const part of highlight.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') {
      mark = document.createElement('mark');
      parent.appendChild(mark);
    } else if (part === '</mark>') {
      mark = null;
    } else if (part) {
      (mark || parent).appendChild(document.createTextNode(decodeEntities(part)));
    }
  }
}

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Why a quote is credited to its speaker, for a hover: the words of the article that name them
 * ("he", "the senator"), when they are not simply the name. Empty when there is nothing to add.
 */
function creditedFrom(doc) {
  const mention = doc.speakerMention;
  if (!mention || !doc.speaker || mention.trim() === doc.speaker.trim()) return '';
  return 'Credited from “' + mention + '”';
}

/** A publication day ("2016-10-12") as the reader's locale writes it, in a time element. */
function dateElement(day) {
  const time = element('time', 'hit-date');
  time.dateTime = day;
  const [y, m, d] = day.split('-').map(Number);
  time.textContent = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(undefined,
    { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  return time;
}

/** Only web addresses become links: an article's url comes from its source, so it is checked here. */
function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

function renderTabs(facets) {
  const counts = (facets && facets.type) || {};
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  for (const tab of tabs) {
    const type = tab.dataset.type;
    tab.setAttribute('aria-pressed', String(type === state.type));
    const n = facets ? (type ? counts[type] || 0 : all) : null;
    tab.querySelector('.count').textContent = n === null ? '' : n.toLocaleString();
  }
}

function renderFilters() {
  filters.replaceChildren();
  filters.hidden = !state.speaker;
  if (!state.speaker) return;
  const chip = element('span', 'chip');
  chip.append('Speaker: ', element('strong', null, state.speaker), ' ');
  const clear = element('button', 'chip-clear', '×');
  clear.type = 'button';
  clear.setAttribute('aria-label', 'Show every speaker');
  clear.addEventListener('click', () => commit({ speaker: '' }));
  chip.appendChild(clear);
  filters.appendChild(chip);
}

/** The most quoted speakers among the hits, as filters: who said the most about this. */
function renderSpeakers(facets) {
  const counts = (facets && facets.speaker) || {};
  const names = Object.keys(counts);
  speakers.replaceChildren();
  speakers.hidden = state.speaker !== '' || names.length === 0;
  if (speakers.hidden) return;
  speakers.appendChild(element('span', 'speakers-label', 'Quoted:'));
  for (const name of names) {
    const chip = element('button', 'speaker-chip', name + ' ');
    chip.type = 'button';
    chip.title = 'Only quotes by ' + name;
    chip.appendChild(element('span', 'count', counts[name].toLocaleString()));
    chip.addEventListener('click', () => commit({ speaker: name, type: 'quote' }));
    speakers.appendChild(chip);
  }
}

function renderHit(hit) {
  const item = element('li', 'hit hit-' + hit.type);
  item.tabIndex = 0;
  item.dataset.id = hit.id;
  const meta = element('div', 'hit-meta');
  meta.appendChild(element('span', 'badge badge-' + hit.type, TYPE_LABELS[hit.type] || hit.type));
  meta.appendChild(element('span', 'hit-title', hit.title || hit.articleId));
  if (hit.published) meta.appendChild(dateElement(hit.published));
  item.appendChild(meta);
  const text = element(hit.type === 'quote' ? 'blockquote' : 'p', 'hit-text');
  appendHighlight(text, hit.highlight || hit.text || '');
  item.appendChild(text);
  if (hit.speaker) {
    const who = element('div', 'hit-speaker', '— ');
    const name = element('button', 'speaker', hit.speaker);
    name.type = 'button';
    const credit = creditedFrom(hit);
    name.title = (credit ? credit + '\n' : '') + 'Only quotes by ' + hit.speaker;
    if (credit) name.classList.add('credited');
    name.addEventListener('click', (event) => {
      event.stopPropagation();
      commit({ speaker: hit.speaker, type: 'quote' });
    });
    who.appendChild(name);
    item.appendChild(who);
  }
  if (hit.alsoIn) {
    const n = hit.alsoIn.count;
    const copies = element('div', 'also-in', 'Also in ' + n.toLocaleString() + (n === 1 ? ' other article' : ' other articles'));
    copies.title = hit.alsoIn.articles.join('\n') + (n > hit.alsoIn.articles.length ? '\n…' : '');
    item.appendChild(copies);
  }
  const open = () => openContext(hit);
  item.addEventListener('click', open);
  item.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target === item) open();
  });
  return item;
}

function renderEmpty() {
  const words = state.q ? 'No results for “' + state.q + '”' : 'Nothing to list';
  const filtered = state.type || state.speaker;
  statusLine.replaceChildren(words + (filtered ? ' with these filters. ' : '. '));
  if (filtered) {
    const drop = element('button', 'link', 'Search all types and speakers');
    drop.type = 'button';
    drop.addEventListener('click', () => commit({ type: '', speaker: '' }));
    statusLine.appendChild(drop);
  } else {
    statusLine.append('Try fewer words, or check the spelling.');
  }
}

function showError(message) {
  statusLine.replaceChildren(element('span', 'error', message));
  statusLine.classList.add('has-error');
}

/**
 * Speakers whose name starts as the box does ("blair": Tony Blair 172), for a query of a few plain
 * words: a click shows all their quotes.
 */
async function renderSuggestions() {
  const typed = state.q.trim();
  if (!typed || typed.length < 3 || typed.split(/\s+/).length > 3 || /["()\-]|\bOR\b/.test(typed) || state.speaker) {
    suggest.hidden = true;
    return;
  }
  let found = [];
  try {
    found = (await getJson('/api/speakers?limit=5&q=' + encodeURIComponent(typed))).speakers;
  } catch (e) {
    found = [];
  }
  if (typed !== state.q.trim()) return; // the box moved on while we asked
  suggest.replaceChildren();
  suggest.hidden = found.length === 0;
  if (suggest.hidden) return;
  suggest.appendChild(element('span', 'speakers-label', 'Speakers:'));
  for (const s of found) {
    const chip = element('button', 'speaker-chip', s.name + ' ');
    chip.type = 'button';
    chip.title = 'All ' + s.quotes.toLocaleString() + ' quotes by ' + s.name;
    chip.appendChild(element('span', 'count', s.quotes.toLocaleString()));
    chip.addEventListener('click', () => {
      box.value = '';
      commit({ q: '', speaker: s.name, type: 'quote' });
    });
    suggest.appendChild(chip);
  }
}

// --- searching ---------------------------------------------------------------------------

async function runSearch(append) {
  if (!append) renderSuggestions();
  if (inflight) inflight.abort();
  const controller = new AbortController();
  inflight = controller;
  statusLine.classList.remove('has-error');
  renderFilters();
  if (!state.q.trim() && !state.speaker && !append) {
    results.replaceChildren();
    moreButton.hidden = true;
    renderTabs(null);
    renderSpeakers(null);
    tabs.forEach((t) => t.setAttribute('aria-pressed', String(t.dataset.type === state.type)));
    statusLine.textContent = 'Type to search: words, "quoted phrases", -exclusions, OR.';
    return;
  }
  const offset = append ? shown : 0;
  try {
    const result = await getJson(apiQuery(state, offset), controller.signal);
    if (inflight !== controller) return;
    if (!append) {
      results.replaceChildren();
      shown = 0;
    }
    renderTabs(result.facets);
    renderSpeakers(result.facets);
    result.hits.forEach((hit) => results.appendChild(renderHit(hit)));
    shown += result.hits.length;
    if (result.total === 0) {
      renderEmpty();
    } else {
      const n = result.total.toLocaleString();
      const most = result.matched === 'most' ? ' with most of your words' : '';
      statusLine.textContent = (result.total === 1 ? '1 result' : n + ' results') + most + ' (' + Math.round(result.tookMs) + ' ms)';
    }
    moreButton.hidden = shown >= result.total || shown >= 10000;
  } catch (e) {
    if (e.name === 'AbortError') return;
    if (!append) results.replaceChildren();
    moreButton.hidden = true;
    speakers.hidden = true;
    showError(e.message);
  } finally {
    if (inflight === controller) inflight = null;
  }
}

/** A deliberate change (Enter, a tab, a filter): a new history entry and an immediate search. */
function commit(change) {
  clearTimeout(typingTimer);
  Object.assign(state, change);
  typingEntry = false;
  writeUrl(true);
  runSearch(false);
}

function onTyping() {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    if (box.value === state.q) return;
    state.q = box.value;
    writeUrl(!typingEntry);
    typingEntry = true;
    runSearch(false);
  }, TYPING_DELAY_MS);
}

// --- an article in context ---------------------------------------------------------------

/** The blocks to show: paragraphs and captions, plus quotes no paragraph holds (an HTML blockquote). */
function blocksOf(documents) {
  const blocks = documents.filter((d) => d.type !== 'quote');
  for (const d of documents) {
    if (d.type === 'quote' && !blocks.some((b) => b.start <= d.start && d.end <= b.end)) blocks.push(d);
  }
  return blocks.sort((a, b) => a.start - b.start);
}

/** A quote's speaker beside it in the article, with the same hover as a hit's speaker. */
function saidBy(quote) {
  const label = element('span', 'said-by', quote.speaker);
  const credit = creditedFrom(quote);
  if (credit) {
    label.title = credit;
    label.classList.add('credited');
  }
  return label;
}

/** The stretches of a document the query matched, as offsets into its text, read from its whole-text highlight. */
function markRanges(doc) {
  if (!doc.highlight || doc.highlight.indexOf('<mark>') < 0) return [];
  const ranges = [];
  let at = 0;
  let open = -1;
  for (const part of doc.highlight.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') open = at;
    else if (part === '</mark>') {
      ranges.push([doc.start + open, doc.start + at]);
      open = -1;
    } else at += decodeEntities(part).length;
  }
  return ranges;
}

/** Appends text[from, to) of a block starting at {@code base}, the query's matches in it marked. */
function appendMarked(parent, text, from, to, base, marks) {
  let at = from;
  for (const [start, end] of marks) {
    const s = Math.max(start - base, at);
    const e = Math.min(end - base, to);
    if (e <= s) continue;
    parent.append(text.slice(at, s));
    parent.appendChild(element('mark', 'query', text.slice(s, e)));
    at = e;
  }
  parent.append(text.slice(at, to));
}

/** The punctuation that closes a quote ("moment,” he said"): its speaker is shown after it. */
const CLOSING = /[,.;:!?…]*["'”’»›]/y;

/**
 * Appends a block's text with, inside it, each quote followed by its speaker, the hit marked, and
 * the words its speaker was credited from underlined. Returns the hit's mark, if it is in there.
 */
function appendBlockText(node, block, documents, hit) {
  const inBlock = (start, end) => block.start <= start && end <= block.end;
  // The query's matches in this block, from the block's own highlight or a quote's inside it.
  const marks = documents.filter((d) => inBlock(d.start, d.end)).flatMap(markRanges)
    .sort((a, b) => a[0] - b[0]);
  const spans = [];
  for (const d of documents) {
    if (d.id !== block.id && (d.type === 'quote' || d.id === hit.id) && inBlock(d.start, d.end)) {
      spans.push({ start: d.start, end: d.end, doc: d });
    }
  }
  if (creditedFrom(hit) && hit.speakerStart != null && inBlock(hit.speakerStart, hit.speakerEnd)) {
    spans.push({ start: hit.speakerStart, end: hit.speakerEnd, mentionOf: hit });
  }
  // The hit is always marked: a span overlapping it (a quote inside the quote) gives way.
  const hitSpan = spans.find((span) => span.doc && span.doc.id === hit.id);
  const shown = spans.filter((span) => !hitSpan || span === hitSpan || span.end <= hitSpan.start || hitSpan.end <= span.start);
  shown.sort((a, b) => a.start - b.start || b.end - a.end);
  const text = block.text;
  let at = 0;
  let target = null;
  for (let i = 0; i < shown.length; i++) {
    const span = shown[i];
    const from = span.start - block.start;
    let to = span.end - block.start;
    if (from < at) continue; // inside what is already shown
    appendMarked(node, text, at, from, block.start, marks);
    if (span.mentionOf) {
      const mention = element('span', 'mention');
      appendMarked(mention, text, from, to, block.start, marks);
      mention.title = 'Taken to mean ' + span.mentionOf.speaker;
      node.append(mention);
    } else if (span.doc.id === hit.id) {
      target = element('mark', 'in-context');
      appendMarked(target, text, from, to, block.start, marks);
      node.append(target);
    } else {
      appendMarked(node, text, from, to, block.start, marks);
    }
    if (span.doc && span.doc.type === 'quote' && span.doc.speaker) {
      CLOSING.lastIndex = to;
      const closing = CLOSING.exec(text);
      const next = i + 1 < shown.length ? shown[i + 1].start - block.start : text.length;
      if (closing && to + closing[0].length <= next) {
        node.append(closing[0]);
        to += closing[0].length;
      }
      node.append(saidBy(span.doc));
    }
    at = to;
  }
  appendMarked(node, text, at, text.length, block.start, marks);
  if (block.type === 'quote' && block.speaker) node.append(saidBy(block));
  return target;
}

/** The article's day, author and a link to where it was published, when its source gave them. */
function renderArticleMeta(article) {
  const meta = $('context-meta');
  meta.replaceChildren();
  if (article.published) meta.appendChild(dateElement(article.published));
  if (article.author) meta.appendChild(element('span', 'author', 'by ' + article.author));
  const href = article.url && safeUrl(article.url);
  if (href) {
    const link = element('a', 'original', 'Original article');
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    meta.appendChild(link);
  }
  if (article.nearCopies) {
    // The same story republished with small changes: each copy opens like this one.
    const n = article.nearCopies.count;
    const copies = element('span', 'near-copies', 'Also published as ');
    article.nearCopies.articles.forEach((id, i) => {
      if (i > 0) copies.append(', ');
      const open = element('button', 'link', id);
      open.type = 'button';
      open.addEventListener('click', () => openContext({ articleId: id, title: id }));
      copies.appendChild(open);
    });
    if (n > article.nearCopies.articles.length) copies.append(' and ' + (n - article.nearCopies.articles.length) + ' more');
    meta.appendChild(copies);
  }
  meta.hidden = meta.childNodes.length === 0;
}

async function openContext(hit) {
  const title = $('context-title');
  const body = $('context-body');
  title.textContent = hit.title || hit.articleId;
  body.replaceChildren(element('p', 'status', 'Loading the article…'));
  $('context-meta').replaceChildren();
  context.hidden = false;
  document.body.classList.add('reading');
  try {
    const query = state.q.trim() ? '?q=' + encodeURIComponent(state.q) : '';
    const article = await getJson('/api/articles/' + encodeURIComponent(hit.articleId) + query);
    title.textContent = article.title || article.articleId;
    renderArticleMeta(article);
    body.replaceChildren();
    let target = null;
    for (const block of blocksOf(article.documents)) {
      const node = element(block.type === 'paragraph' ? 'p' : block.type === 'quote' ? 'blockquote' : 'figure',
          'block block-' + block.type);
      // A hit inside this block (a quote in its paragraph) is marked exactly, its characters only.
      const mark = appendBlockText(node, block, article.documents, hit);
      if (mark) target = mark;
      if (block.id === hit.id) {
        node.classList.add('in-context');
        target = node;
      }
      if (block.type === 'caption') node.prepend(element('span', 'badge badge-caption', 'Caption'));
      body.appendChild(node);
    }
    if (target) target.scrollIntoView({ block: 'center' });
  } catch (e) {
    body.replaceChildren(element('p', 'error', 'Could not open the article: ' + e.message));
  }
}

function closeContext() {
  context.hidden = true;
  document.body.classList.remove('reading');
}

// --- wiring ------------------------------------------------------------------------------

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  commit({ q: box.value });
});
box.addEventListener('input', onTyping);
tabs.forEach((tab) => tab.addEventListener('click', () => commit({ type: tab.dataset.type })));
sortSwitch.addEventListener('change', () => commit({ sort: sortSwitch.value }));
moreButton.addEventListener('click', () => runSearch(true));
$('context-close').addEventListener('click', closeContext);

document.addEventListener('keydown', (event) => {
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
  if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    box.focus();
    box.select();
  } else if (event.key === 'Escape' && !context.hidden) {
    closeContext();
  }
});

window.addEventListener('popstate', () => {
  clearTimeout(typingTimer);
  state = readUrl();
  box.value = state.q;
  sortSwitch.value = state.sort;
  typingEntry = false;
  runSearch(false);
});

getJson('/api/health').then((health) => {
  $('footer').textContent = 'Searching ' + health.documents.toLocaleString() + ' documents from '
    + health.articles.toLocaleString() + ' articles.';
}).catch(() => {
  $('footer').textContent = 'The search server is not answering.';
});

box.value = state.q;
sortSwitch.value = state.sort;
runSearch(false);
