// The recruiter search page: one query box, the understood intent as removable chips, facets, result cards, pages.
(function () {
  'use strict';

  const TEXT = {
    ko: {
      title: '인재 검색', search: '검색', placeholder: '서울 React 개발자 5년 이상, 시급 5만원 이하',
      sort: ['관련도순', '평점순', '낮은 시급순', '높은 시급순', '경력순', '가용 시간순'],
      facets: { skills: '기술', region: '지역', rate: '시급', years: '경력' },
      results: (from, to, total) => `${total.toLocaleString()}명 중 ${from}–${to}`, none: '결과가 없습니다',
      perHour: '/시간', hoursWeek: '시간/주', years: '년', remote: '원격 가능', ratings: '건',
      kinds: { SKILL: '기술', ROLE: '직무', DOMAIN: '분야', REGION: '지역', REMOTE: '원격', MIN_RATE: '최소 시급',
               MAX_RATE: '최대 시급', MIN_YEARS: '경력', SENIORITY: '연차', LANGUAGE: '언어', AVAILABILITY: '가용 시간',
               FILTER: '필터' },
      checks: { role: '직무', domain: '분야', region: '지역', remote: '원격', max_rate: '예산', min_rate: '최소 시급', min_years: '경력',
                seniority: '연차', language: '언어', availability: '가용 시간' },
      why: '일치 조건', remove: '삭제'
    },
    en: {
      title: 'Talent search', search: 'Search', placeholder: 'senior Kotlin developer, fintech, under $40/hr',
      sort: ['Relevance', 'Rating', 'Lowest rate', 'Highest rate', 'Experience', 'Availability'],
      facets: { skills: 'Skills', region: 'Region', rate: 'Hourly rate', years: 'Experience' },
      results: (from, to, total) => `${from}–${to} of ${total.toLocaleString()}`, none: 'No results',
      perHour: '/h', hoursWeek: 'h/week', years: 'y', remote: 'remote OK', ratings: 'ratings',
      kinds: { SKILL: 'skill', ROLE: 'role', DOMAIN: 'domain', REGION: 'region', REMOTE: 'remote', MIN_RATE: 'min rate',
               MAX_RATE: 'max rate', MIN_YEARS: 'experience', SENIORITY: 'seniority', LANGUAGE: 'language',
               AVAILABILITY: 'availability', FILTER: 'filter' },
      checks: { role: 'role', domain: 'domain', region: 'region', remote: 'remote', max_rate: 'budget', min_rate: 'min rate', min_years: 'experience',
                seniority: 'seniority', language: 'language', availability: 'availability' },
      why: 'Constraints', remove: 'remove'
    }
  };
  const REGIONS = { SEOUL: ['서울', 'Seoul'], GYEONGGI: ['경기', 'Gyeonggi'], INCHEON: ['인천', 'Incheon'],
    BUSAN: ['부산', 'Busan'], DAEGU: ['대구', 'Daegu'], DAEJEON: ['대전', 'Daejeon'], GWANGJU: ['광주', 'Gwangju'],
    ULSAN: ['울산', 'Ulsan'], SEJONG: ['세종', 'Sejong'], GANGWON: ['강원', 'Gangwon'], CHUNGCHEONG: ['충청', 'Chungcheong'],
    JEOLLA: ['전라', 'Jeolla'], GYEONGSANG: ['경상', 'Gyeongsang'], JEJU: ['제주', 'Jeju'], REMOTE: ['원격', 'Remote'],
    ABROAD: ['해외', 'Abroad'] };
  const PAGE_SIZE = 10;

  const state = { lang: 'ko', q: '', page: 1, sort: 'relevance', filters: { skills: [], region: [], rate: null, years: null },
                  skillNames: {} };
  const $ = (id) => document.getElementById(id);
  const t = () => TEXT[state.lang];

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  function won(n) { return '₩' + Number(n).toLocaleString('en-US'); }

  function bucketLabel(key, unit) {
    const [lo, hi] = key.split('-');
    if (unit === 'rate') {
      return hi ? `${won(lo)}–${won(hi)}` : `${won(lo)}+`;
    }
    return hi ? `${lo}–${hi}${t().years}` : `${lo}${t().years}+`;
  }

  function params() {
    const p = new URLSearchParams();
    if (state.q) p.set('q', state.q);
    p.set('page', state.page);
    p.set('size', PAGE_SIZE);
    p.set('sort', state.sort);
    state.filters.skills.forEach((s) => p.append('skills', s));
    state.filters.region.forEach((r) => p.append('region', r));
    if (state.filters.rate) {
      const [lo, hi] = state.filters.rate.split('-');
      p.set('minRate', lo);
      if (hi) p.set('maxRate', String(Number(hi) - 1));
    }
    if (state.filters.years) p.set('minYears', state.filters.years.split('-')[0]);
    return p;
  }

  // With auth on (the prod profile) the API wants a recruiter's bearer token: asked for once per tab on a 401 and
  // kept in sessionStorage (./talent token --role recruiter mints one for a developer).
  const TOKEN_KEY = 'talent-token';
  function headers(extra) {
    const token = sessionStorage.getItem(TOKEN_KEY);
    return token ? { ...extra, Authorization: 'Bearer ' + token } : { ...extra };
  }
  async function api(url, extra) {
    let response = await fetch(url, { headers: headers(extra) });
    if (response.status === 401) {
      const token = window.prompt('This search needs a recruiter access token (Bearer JWT):');
      if (token) {
        sessionStorage.setItem(TOKEN_KEY, token.trim());
        response = await fetch(url, { headers: headers(extra) });
      }
    }
    return response;
  }

  let searches = 0;

  async function search() {
    // a later search supersedes an earlier one still in flight: its answer, if it comes last, is dropped
    const seq = ++searches;
    $('error').hidden = true;
    const response = await api('/v1/search?' + params().toString(), { Accept: 'application/json' });
    const body = await response.json();
    if (seq !== searches) {
      return;
    }
    if (!response.ok) {
      $('error').textContent = body.detail || response.statusText;
      $('error').hidden = false;
      return;
    }
    render(body);
  }

  function render(r) {
    Object.entries(r.skillNames || {}).forEach(([id, n]) => { state.skillNames[id] = { name: n.name, nameKo: n.nameKo }; });
    renderChips(r.intent);
    renderFacets(r.facets);
    const from = r.total === 0 ? 0 : (r.page - 1) * r.size + 1;
    const to = Math.min(r.total, r.page * r.size);
    $('summary').textContent = r.total === 0 ? t().none : t().results(from, to, r.total);
    $('page-info').textContent = r.total === 0 ? '' : `${from}–${to} / ${r.total}`;
    $('prev').disabled = r.page <= 1;
    $('next').disabled = to >= r.total;
    const list = $('results');
    list.innerHTML = '';
    r.hits.forEach((h) => list.appendChild(card(h)));
    document.body.dataset.loaded = String(searches);
  }

  function card(h) {
    const li = document.createElement('li');
    li.className = 'card';
    li.dataset.id = h.freelancerId;
    const skills = h.skills.map((s) => `<span class="skill${s.matched ? ' matched' : ''}" data-skill="${escapeHtml(s.id)}">`
      + `${escapeHtml(state.lang === 'ko' ? s.nameKo : s.name)}</span>`).join('');
    h.skills.forEach((s) => { state.skillNames[s.id] = s; });
    const region = REGIONS[h.region] ? REGIONS[h.region][state.lang === 'ko' ? 0 : 1] : h.region;
    const rating = h.ratingCount > 0 ? `★ ${h.ratingAverage.toFixed(1)} (${h.ratingCount}${t().ratings})` : '★ –';
    const why = (h.constraints || []).map((c) => `<span class="${c.met ? 'met' : 'missed'}">${c.met ? '✓' : '✗'} `
      + `${escapeHtml(t().checks[c.constraint] || c.constraint)}</span>`).join(' · ');
    // headline and bio highlights come HTML-escaped from the server with <mark> around matched words
    li.innerHTML = `<h2 class="name">${escapeHtml(h.displayName)}</h2>
      <p class="headline">${h.headlineHighlight}</p>
      <div class="meta"><span class="rate">${won(h.hourlyRate)}${t().perHour}</span><span class="rating">${rating}</span>
        <span class="region">${escapeHtml(region)}${h.remoteOk ? ' · ' + t().remote : ''}</span>
        <span class="availability">${h.availabilityHoursPerWeek}${t().hoursWeek}</span>
        <span class="years">${h.years}${t().years}</span></div>
      <div class="skills">${skills}</div>
      <p class="bio">${h.bioHighlight}</p>
      ${why ? `<div class="why">${t().why}: ${why}</div>` : ''}`;
    return li;
  }

  function chip(kindLabel, label, className, onRemove) {
    const span = document.createElement('span');
    span.className = 'chip ' + className;
    span.innerHTML = `<span class="kind">${escapeHtml(kindLabel)}</span> <span class="label">${escapeHtml(label)}</span>`;
    const x = document.createElement('button');
    x.type = 'button';
    x.className = 'remove';
    x.setAttribute('aria-label', t().remove);
    x.textContent = '×';
    x.addEventListener('click', onRemove);
    span.appendChild(x);
    return span;
  }

  function renderChips(intent) {
    const box = $('chips');
    box.innerHTML = '';
    // each understood constraint carries the characters it came from; removing the chip removes them from the query
    [...intent.constraints].sort((a, b) => a.start - b.start).forEach((c) => {
      const label = c.kind === 'REGION' && REGIONS[c.value] ? REGIONS[c.value][state.lang === 'ko' ? 0 : 1] : c.label;
      box.appendChild(chip(t().kinds[c.kind] || c.kind, label, 'intent ' + c.kind.toLowerCase(), () => {
        const q = state.q;
        state.q = (q.slice(0, c.start) + ' ' + q.slice(c.end)).replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,]+$/g, '');
        $('q').value = state.q;
        state.page = 1;
        search();
      }));
    });
    state.filters.skills.forEach((s) => box.appendChild(chip(t().kinds.FILTER, skillLabel(s), 'filter', () => {
      state.filters.skills = state.filters.skills.filter((x) => x !== s);
      state.page = 1;
      search();
    })));
    state.filters.region.forEach((r) => box.appendChild(chip(t().kinds.FILTER, regionLabel(r), 'filter', () => {
      state.filters.region = state.filters.region.filter((x) => x !== r);
      state.page = 1;
      search();
    })));
    if (state.filters.rate) {
      box.appendChild(chip(t().kinds.FILTER, bucketLabel(state.filters.rate, 'rate'), 'filter', () => {
        state.filters.rate = null; state.page = 1; search();
      }));
    }
    if (state.filters.years) {
      box.appendChild(chip(t().kinds.FILTER, bucketLabel(state.filters.years, 'years'), 'filter', () => {
        state.filters.years = null; state.page = 1; search();
      }));
    }
  }

  function skillLabel(id) {
    const s = state.skillNames[id];
    return s ? (state.lang === 'ko' ? s.nameKo : s.name) : id;
  }

  function regionLabel(r) { return REGIONS[r] ? REGIONS[r][state.lang === 'ko' ? 0 : 1] : r; }

  function renderFacets(f) {
    const box = $('facets');
    box.innerHTML = '';
    const groups = [
      ['skills', f.skills, skillLabel, (k) => state.filters.skills.includes(k), (k) => toggle('skills', k)],
      ['region', f.regions, regionLabel, (k) => state.filters.region.includes(k), (k) => toggle('region', k)],
      ['rate', f.rates, (k) => bucketLabel(k, 'rate'), (k) => state.filters.rate === k,
        (k) => { state.filters.rate = state.filters.rate === k ? null : k; }],
      ['years', f.years, (k) => bucketLabel(k, 'years'), (k) => state.filters.years === k,
        (k) => { state.filters.years = state.filters.years === k ? null : k; }]
    ];
    groups.forEach(([name, counts, label, on, apply]) => {
      const keys = Object.keys(counts || {});
      if (keys.length === 0) return;
      const h = document.createElement('h3');
      h.textContent = t().facets[name];
      const ul = document.createElement('ul');
      ul.className = 'facet facet-' + name;
      keys.slice(0, 10).forEach((k) => {
        const li = document.createElement('li');
        const b = document.createElement('button');
        b.type = 'button';
        b.dataset.value = k;
        b.className = on(k) ? 'on' : '';
        b.innerHTML = `${escapeHtml(label(k))} <span class="count">${counts[k]}</span>`;
        b.addEventListener('click', () => { apply(k); state.page = 1; search(); });
        li.appendChild(b);
        ul.appendChild(li);
      });
      box.appendChild(h);
      box.appendChild(ul);
    });
  }

  function toggle(name, key) {
    const list = state.filters[name];
    state.filters[name] = list.includes(key) ? list.filter((x) => x !== key) : [...list, key];
  }

  function setLanguage(lang) {
    state.lang = lang;
    document.documentElement.lang = lang;
    $('lang-ko').classList.toggle('active', lang === 'ko');
    $('lang-en').classList.toggle('active', lang === 'en');
    $('title').textContent = t().title;
    document.title = 'talent-ai · ' + t().title;
    $('search').textContent = t().search;
    $('q').placeholder = t().placeholder;
    [...$('sort').options].forEach((o, i) => { o.textContent = t().sort[i]; });
    search();
  }

  let suggestTimer = null;
  async function suggest() {
    const prefix = $('q').value.trim().split(/\s+/).pop();
    const list = $('suggestions');
    if (!prefix || prefix.length < 2) { list.hidden = true; return; }
    const response = await fetch('/v1/suggest?size=6&q=' + encodeURIComponent(prefix), { headers: headers({}) });
    if (!response.ok) { list.hidden = true; return; }
    const body = await response.json();
    list.innerHTML = '';
    body.skills.forEach((s) => {
      const li = document.createElement('li');
      li.textContent = state.lang === 'ko' ? `${s.nameKo} (${s.name})` : s.name;
      li.addEventListener('mousedown', () => {
        const words = $('q').value.trim().split(/\s+/);
        words[words.length - 1] = state.lang === 'ko' ? s.nameKo : s.name;
        $('q').value = words.join(' ') + ' ';
        list.hidden = true;
      });
      list.appendChild(li);
    });
    list.hidden = body.skills.length === 0;
  }

  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    $('suggestions').hidden = true;
    state.q = $('q').value.trim();
    state.page = 1;
    search();
  });
  $('q').addEventListener('input', () => { clearTimeout(suggestTimer); suggestTimer = setTimeout(suggest, 150); });
  $('q').addEventListener('blur', () => setTimeout(() => { $('suggestions').hidden = true; }, 150));
  $('sort').addEventListener('change', () => { state.sort = $('sort').value; state.page = 1; search(); });
  $('prev').addEventListener('click', () => { state.page = Math.max(1, state.page - 1); search().then(() => window.scrollTo(0, 0)); });
  $('next').addEventListener('click', () => { state.page += 1; search().then(() => window.scrollTo(0, 0)); });
  $('lang-ko').addEventListener('click', () => setLanguage('ko'));
  $('lang-en').addEventListener('click', () => setLanguage('en'));
  search();
})();
