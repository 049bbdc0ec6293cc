// zozpp widget: plain JavaScript, no build step, no dependencies. It calls
// the service's own API (relative URLs, so it works wherever the service
// is mounted, also inside an iframe).
(function () {
  'use strict';

  var T = {
    ru: {
      title: 'Претензия потребителя: срок и неустойка',
      claimType: 'Требование', searchPlaceholder: 'поиск: возврат, ремонт, goods.refund…', typesLabel: 'Виды требований',
      event: 'Дата события', base: 'Сумма, ₽', basePlaceholder: '59 990,00', datePlaceholder: 'ДД.ММ.ГГГГ',
      bases: { price_of_goods: 'Цена товара, ₽', price_of_work: 'Цена работы (услуги), ₽', prepaid_amount: 'Сумма предоплаты, ₽',
        insurance_payout: 'Страховое возмещение, ₽', insured_sum: 'Страховая сумма, ₽', debt: 'Сумма долга, ₽', repair_cost: 'Стоимость ремонта, ₽',
        contract_price: 'Цена договора, ₽', unperformed_price: 'Цена контракта, ₽' },
      outcome: 'Исполнение', performed: 'исполнено', asOf: 'не исполнено, расчёт на дату', untilLabel: 'Дата исполнения или расчёта',
      more: 'Дополнительно: оплаты, срок, мораторий', consumerTerm: 'Срок, назначенный потребителем', agreedTerm: 'Срок по соглашению сторон',
      days: 'календарных дней', workdays: 'рабочих дней', weeks: 'недель', months: 'месяцев',
      payments: 'Оплаты (для предоплаты, страховой выплаты, долга)', addPayment: '+ добавить оплату', paymentDate: 'Дата оплаты', paymentAmount: 'Сумма оплаты', remove: 'Удалить',
      moratorium: 'мораторий 01.04.2022–01.10.2022 (ПП РФ № 497)', submit: 'Рассчитать', working: 'Считаю…',
      dueLabel: 'Срок исполнения — по', reasoning: 'Как посчитан срок', api: 'API и документация',
      chooseType: 'Выберите вид требования из списка.', noTypes: 'Ничего не найдено', loadFailed: 'Не удалось загрузить список требований: ',
      term: 'Срок', from: 'отсчёт от события:', perDay: 'в день', penalty: 'Неустойка', noPenalty: 'без неустойки',
      statusOverdue: 'Просрочка: {n}', statusOnTime: 'Исполнено в срок', statusPending: 'Срок ещё идёт', statusNoDate: 'Дата исполнения не указана',
      statusWindowOpen: 'Срок для действия потребителя идёт', statusWindowClosed: 'Срок для действия потребителя истёк',
      period: 'Период', nDays: 'Дней', rate: 'Ставка', amount: 'Сумма', baseCol: 'База', total: 'Итого',
      fine: 'Штраф', interest: 'Проценты по ст. 395 ГК РФ',
      tlEvent: 'событие', tlDue: 'срок', tlPerformed: 'исполнено', tlAsOf: 'на дату', tlTerm: 'срок', tlDelay: 'просрочка',
      lgOff: 'выходной', lgHoliday: 'праздник', lgWorkWeekend: 'рабочая суббота', lgTerm: 'срок', lgDelay: 'просрочка', lgPenalty: 'неустойка нарастает',
      dayWord: ['день', 'дня', 'дней'], version: 'данные: календарь до {c}, ключевая ставка до {r}',
      errorField: 'Поле «{f}»: '
    },
    en: {
      title: 'Consumer claim: due date and penalty',
      claimType: 'Claim', searchPlaceholder: 'search: refund, repair, goods.refund…', typesLabel: 'Claim types',
      event: 'Date of the event', base: 'Amount, ₽', basePlaceholder: '59,990.00', datePlaceholder: 'YYYY-MM-DD',
      bases: { price_of_goods: 'Price of the goods, ₽', price_of_work: 'Price of the work (service), ₽', prepaid_amount: 'Prepaid amount, ₽',
        insurance_payout: 'Insurance payout, ₽', insured_sum: 'Insured sum, ₽', debt: 'Debt, ₽', repair_cost: 'Cost of the repair, ₽',
        contract_price: 'Contract price, ₽', unperformed_price: 'Contract price, ₽' },
      outcome: 'Performance', performed: 'performed on', asOf: 'not yet, calculate as of', untilLabel: 'Date of performance or calculation',
      more: 'More: payments, term, moratorium', consumerTerm: 'Term set by the consumer', agreedTerm: 'Term agreed by the parties',
      days: 'calendar days', workdays: 'working days', weeks: 'weeks', months: 'months',
      payments: 'Payments (prepayment, insurance payout, debt)', addPayment: '+ add a payment', paymentDate: 'Payment date', paymentAmount: 'Amount paid', remove: 'Remove',
      moratorium: 'moratorium 01.04.2022–01.10.2022 (Government Decree No. 497)', submit: 'Calculate', working: 'Calculating…',
      dueLabel: 'Due by (inclusive)', reasoning: 'How the due date was computed', api: 'API and docs',
      chooseType: 'Pick a claim type from the list.', noTypes: 'Nothing found', loadFailed: 'Could not load the claim types: ',
      term: 'Term', from: 'counted from', perDay: 'a day', penalty: 'Penalty', noPenalty: 'no penalty',
      statusOverdue: 'Late: {n}', statusOnTime: 'Performed on time', statusPending: 'The term is running', statusNoDate: 'No date of performance',
      statusWindowOpen: "The consumer's period is open", statusWindowClosed: "The consumer's period has ended",
      period: 'Period', nDays: 'Days', rate: 'Rate', amount: 'Amount', baseCol: 'Base', total: 'Total',
      fine: 'Fine', interest: 'Interest under Art. 395 of the Civil Code',
      tlEvent: 'event', tlDue: 'due', tlPerformed: 'performed', tlAsOf: 'as of', tlTerm: 'term', tlDelay: 'delay',
      lgOff: 'day off', lgHoliday: 'public holiday', lgWorkWeekend: 'working weekend', lgTerm: 'term', lgDelay: 'delay', lgPenalty: 'penalty accrues',
      dayWord: ['day', 'days', 'days'], version: 'data: calendar through {c}, key rate through {r}',
      errorField: 'Field “{f}”: '
    }
  };

  var MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var SVGNS = 'http://www.w3.org/2000/svg';

  var state = { lang: 'ru', types: [], selected: null, active: -1, last: null };

  function $(id) { return document.getElementById(id); }
  function t(key) { return T[state.lang][key]; }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    if (text != null) { e.textContent = text; }
    return e;
  }

  // ---- formatting -------------------------------------------------------

  function plural(n, forms) {
    if (state.lang === 'en') { return n === 1 ? forms[0] : forms[1]; }
    var m10 = n % 10, m100 = n % 100;
    if (m10 === 1 && m100 !== 11) { return forms[0]; }
    if (m10 >= 2 && m10 <= 4 && (m100 < 10 || m100 >= 20)) { return forms[1]; }
    return forms[2];
  }
  function daysText(n) { return n + ' ' + plural(n, t('dayWord')); }

  // money formats a decimal string ("14997.50") as 14 997,50 (ru) or
  // 14,997.50 (en), without floating point.
  function money(s) {
    if (s == null || s === '') { return ''; }
    var neg = s.charAt(0) === '-';
    if (neg) { s = s.slice(1); }
    var parts = s.split('.');
    var int = parts[0], frac = ((parts[1] || '') + '00').slice(0, 2);
    var sep = state.lang === 'en' ? ',' : ' ';
    var out = '';
    while (int.length > 3) { out = sep + int.slice(-3) + out; int = int.slice(0, -3); }
    out = int + out;
    return (neg ? '−' : '') + out + (state.lang === 'en' ? '.' : ',') + frac;
  }
  function rub(s) { return money(s) + ' ₽'; }
  // percent turns a fraction ("0.01", "0.155") into percent (1 %, 15,5 %)
  // by moving the decimal point, without floating point.
  function percent(fraction) {
    if (fraction == null || fraction === '') { return ''; }
    var f = String(fraction), neg = f.charAt(0) === '-';
    if (neg) { f = f.slice(1); }
    var parts = f.split('.'), frac = (parts[1] || '') + '00';
    var intPart = (parts[0] + frac.slice(0, 2)).replace(/^0+(?=\d)/, '');
    var fracPart = frac.slice(2).replace(/0+$/, '');
    return (neg ? '−' : '') + intPart + (fracPart ? (state.lang === 'en' ? '.' : ',') + fracPart : '') + ' %';
  }
  function parseISO(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s || '');
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000 : null;
  }
  function isoOf(day) {
    var d = new Date(day * 86400000);
    return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate());
  }
  // toISO reads a date as typed: DD.MM.YYYY becomes YYYY-MM-DD; anything
  // else goes to the service as it is, which says what it accepts.
  function toISO(s) {
    s = (s || '').trim();
    var m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
    return m ? m[3] + '-' + pad(+m[2]) + '-' + pad(+m[1]) : s;
  }
  function typed(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return m && state.lang === 'ru' ? m[3] + '.' + m[2] + '.' + m[1] : iso;
  }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function date(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s || '');
    if (!m) { return s || ''; }
    if (state.lang === 'en') { return (+m[3]) + ' ' + MONTHS_EN[+m[2] - 1] + ' ' + m[1]; }
    return m[3] + '.' + m[2] + '.' + m[1];
  }
  function shortDate(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s || '');
    if (!m) { return ''; }
    if (state.lang === 'en') { return (+m[3]) + ' ' + MONTHS_EN[+m[2] - 1]; }
    return m[3] + '.' + m[2];
  }
  function refsText(refs) { return (refs || []).map(function (r) { return r.text; }).join('; '); }

  // ---- language ---------------------------------------------------------

  function applyLang() {
    document.documentElement.lang = state.lang;
    document.title = t('title');
    Array.prototype.forEach.call(document.querySelectorAll('[data-t]'), function (e) { e.textContent = t(e.getAttribute('data-t')); });
    Array.prototype.forEach.call(document.querySelectorAll('[data-tp]'), function (e) { e.placeholder = t(e.getAttribute('data-tp')); });
    Array.prototype.forEach.call(document.querySelectorAll('[data-ta]'), function (e) { e.setAttribute('aria-label', t(e.getAttribute('data-ta'))); });
    $('zz-types').setAttribute('aria-label', t('typesLabel'));
    Array.prototype.forEach.call(document.querySelectorAll('.zz-lang button'), function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === state.lang));
    });
    Array.prototype.forEach.call(document.querySelectorAll('.zz-pay'), function (row) {
      row.children[0].setAttribute('aria-label', t('paymentDate'));
      row.children[1].setAttribute('aria-label', t('paymentAmount'));
      row.children[1].placeholder = t('basePlaceholder');
      row.children[2].setAttribute('aria-label', t('remove'));
    });
  }

  function setLang(lang) {
    if (lang === state.lang) { return; }
    state.lang = lang;
    applyLang();
    var id = state.selected && state.selected.id;
    loadTypes().then(function () {
      if (id) { select(findType(id), false); }
      if (state.last) { submit(); }
    });
  }

  // ---- claim types ------------------------------------------------------

  function api(path, init) {
    return fetch(path + (path.indexOf('?') < 0 ? '?' : '&') + 'lang=' + state.lang, init).then(function (resp) {
      var type = resp.headers.get('Content-Type') || '';
      return resp.json().then(function (body) {
        if (!resp.ok || type.indexOf('problem+json') >= 0) { var e = new Error(body.detail || resp.statusText); e.problem = body; throw e; }
        return body;
      });
    });
  }

  function loadTypes() {
    return api('v1/claimtypes').then(function (body) {
      // Schedules of many debts need a form of their own: the API takes them (debts), the widget does not.
      state.types = body.claim_types.filter(function (ct) { return ct.term_kind !== 'schedule'; });
      renderTypes();
    }).catch(function (e) { showError(t('loadFailed') + e.message); });
  }

  function findType(id) {
    for (var i = 0; i < state.types.length; i++) { if (state.types[i].id === id) { return state.types[i]; } }
    return null;
  }

  function matches(ct, q) {
    if (!q) { return true; }
    var hay = (ct.id + ' ' + ct.title + ' ' + ct.title_en + ' ' + refsText(ct.basis)).toLowerCase();
    return q.toLowerCase().split(/\s+/).every(function (w) { return hay.indexOf(w) >= 0; });
  }

  function renderTypes() {
    var list = $('zz-types');
    var q = $('zz-search').value.trim();
    list.textContent = '';
    var group = null, shown = 0;
    state.types.forEach(function (ct) {
      if (!matches(ct, q) && !(state.selected && state.selected.id === ct.id && q === displayName(ct))) { return; }
      if (ct.subject !== group) {
        group = ct.subject;
        list.appendChild(el('li', { 'class': 'zz-group', role: 'presentation' }, subjectName(ct)));
      }
      var li = el('li', { role: 'option', id: 'zz-opt-' + ct.id, 'data-id': ct.id, tabindex: '-1',
        'aria-selected': String(!!state.selected && state.selected.id === ct.id) });
      li.appendChild(el('span', null, displayName(ct)));
      li.appendChild(el('span', { 'class': 'zz-id' }, ct.id));
      list.appendChild(li);
      shown++;
    });
    if (!shown) { list.appendChild(el('li', { 'class': 'zz-group', role: 'presentation' }, t('noTypes'))); }
  }

  function displayName(ct) { return state.lang === 'en' ? ct.title_en : ct.title; }
  function subjectName(ct) {
    var names = { ru: { goods: 'Товары', services: 'Работы и услуги', civil: 'Гражданское право', insurance: 'Страхование', finance: 'Финансовые услуги', complaint: 'Регламент' },
      en: { goods: 'Goods', services: 'Works and services', civil: 'Civil law', insurance: 'Insurance', finance: 'Financial services', complaint: 'Regulation' } };
    return names[state.lang][ct.subject] || ct.subject;
  }

  function select(ct, focusNext) {
    if (!ct) { return; }
    state.selected = ct;
    $('zz-search').value = displayName(ct);
    $('zz-search').setAttribute('aria-activedescendant', 'zz-opt-' + ct.id);
    renderTypes();
    var opt = $('zz-opt-' + ct.id);
    if (opt && opt.scrollIntoView) { opt.scrollIntoView({ block: 'nearest' }); }
    var info = [];
    if (ct.term) { info.push(t('term') + ': ' + ct.term.text + (ct.from_text ? ', ' + t('from') + ' ' + ct.from_text : '')); }
    info.push(ct.penalty ? t('penalty') + ': ' + percent(ct.penalty.rate) + ' ' + t('perDay') : t('noPenalty'));
    info.push(refsText(ct.basis));
    $('zz-type-info').textContent = info.join(' · ');
    $('zz-event-label').textContent = ct.from_text ? capital(ct.from_text) : t('event');
    var bases = t('bases');
    $('zz-base-label').textContent = (ct.penalty && bases[ct.penalty.base]) || t('base');
    var consumer = ct.term_kind === 'set_by_consumer', agreed = ct.term_kind === 'agreed_term' || ct.agreed_term_allowed;
    $('zz-terms').hidden = !(consumer || agreed);
    $('zz-term-label').textContent = consumer ? t('consumerTerm') : t('agreedTerm');
    if (consumer || agreed) { $('zz-terms').parentNode.open = true; }
    if (focusNext) { $('zz-event').focus(); }
  }
  function capital(s) { return s.charAt(0).toUpperCase() + s.slice(1); }

  function onListClick(e) {
    var li = e.target.closest('li[data-id]');
    if (li) { select(findType(li.getAttribute('data-id')), true); }
  }

  function onSearchKey(e) {
    var opts = Array.prototype.slice.call($('zz-types').querySelectorAll('li[data-id]'));
    if (!opts.length) { return; }
    var i = opts.findIndex(function (o) { return o.getAttribute('aria-selected') === 'true'; });
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      i = e.key === 'ArrowDown' ? Math.min(i + 1, opts.length - 1) : Math.max(i - 1, 0);
      opts.forEach(function (o, k) { o.setAttribute('aria-selected', String(k === i)); });
      opts[i].scrollIntoView({ block: 'nearest' });
      $('zz-search').setAttribute('aria-activedescendant', opts[i].id);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      select(findType(opts[Math.max(i, 0)].getAttribute('data-id')), true);
    }
  }

  // ---- payments ---------------------------------------------------------

  function addPayment() {
    var row = el('div', { 'class': 'zz-pay' });
    row.appendChild(el('input', { type: 'text', inputmode: 'numeric', maxlength: '10', placeholder: t('datePlaceholder'), 'aria-label': t('paymentDate') }));
    row.appendChild(el('input', { type: 'text', inputmode: 'decimal', placeholder: t('basePlaceholder'), 'aria-label': t('paymentAmount') }));
    var x = el('button', { type: 'button', 'class': 'zz-x', 'aria-label': t('remove') }, '×');
    x.addEventListener('click', function () { row.remove(); });
    row.appendChild(x);
    $('zz-payments').appendChild(row);
    row.children[0].focus();
  }

  // ---- submit -----------------------------------------------------------

  function claimFromForm() {
    var ct = state.selected;
    var claim = { claim_type: ct.id, event: toISO($('zz-event').value) };
    var base = $('zz-base').value.trim();
    if (base) { claim.base = base; }
    var until = toISO($('zz-until').value);
    if (until) {
      if (document.querySelector('input[name=outcome]:checked').value === 'performed') { claim.performed_on = until; } else { claim.as_of = until; }
    }
    var n = parseInt($('zz-term-n').value, 10);
    if (!$('zz-terms').hidden && n > 0) {
      var term = { n: n, unit: $('zz-term-unit').value };
      if (ct.term_kind === 'set_by_consumer') { claim.consumer_term = term; } else { claim.agreed_term = term; }
    }
    var pays = [];
    Array.prototype.forEach.call(document.querySelectorAll('.zz-pay'), function (row) {
      var on = toISO(row.children[0].value), amount = row.children[1].value.trim();
      if (on || amount) { pays.push({ on: on, amount: amount }); }
    });
    if (pays.length) { claim.payments = pays; }
    if ($('zz-moratorium').checked) { claim.moratorium_2022 = true; }
    return claim;
  }

  function submit(e) {
    if (e) { e.preventDefault(); }
    clearError();
    if (!state.selected) { showError(t('chooseType')); $('zz-search').focus(); return; }
    var claim = claimFromForm();
    var button = $('zz-submit');
    button.disabled = true;
    button.textContent = t('working');
    api('v1/assess', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(claim) })
      .then(function (a) {
        state.last = { claim: claim, a: a };
        notifyParent({ type: 'assessment', claim: claim, status: a.status, due: a.deadline.due, days_overdue: a.days_overdue,
          penalty_total: a.penalty ? a.penalty.total : null, interest_total: a.interest_395 ? a.interest_395.total : null,
          fine_total: a.fine ? a.fine.total : null, warnings: (a.warnings || []).map(function (w) { return w.code; }) });
        var from = a.deadline.event || a.deadline.end, to = claim.performed_on || claim.as_of || a.deadline.due;
        if (to < a.deadline.due) { to = a.deadline.due; }
        return api('v1/calendar/days?from=' + from + '&to=' + to).then(function (cal) { return cal.days; }, function () { return []; })
          .then(function (days) { render(claim, a, days); });
      })
      .catch(function (err) {
        var p = err.problem;
        if (p && p.field) { markField(p.field); }
        showError(p ? ((p.field ? t('errorField').replace('{f}', p.field) : '') + p.detail) : err.message);
      })
      .then(function () { button.disabled = false; button.textContent = t('submit'); });
  }

  function markField(field) {
    var map = { event: 'zz-event', base: 'zz-base', performed_on: 'zz-until', as_of: 'zz-until', consumer_term: 'zz-term-n', agreed_term: 'zz-term-n' };
    var id = map[field.split(/[.[]/)[0]];
    if (id) { $(id).setAttribute('aria-invalid', 'true'); $(id).focus(); }
  }
  function clearError() {
    $('zz-error').hidden = true;
    Array.prototype.forEach.call(document.querySelectorAll('[aria-invalid]'), function (e) { e.removeAttribute('aria-invalid'); });
  }
  function showError(msg) { $('zz-error').textContent = msg; $('zz-error').hidden = false; }

  // ---- result -----------------------------------------------------------

  function render(claim, a, days) {
    var d = a.deadline;
    $('zz-result').hidden = false;
    $('zz-due').textContent = date(d.due);
    var status = $('zz-status');
    var map = { overdue: ['late', t('statusOverdue').replace('{n}', daysText(a.days_overdue))], on_time: ['ok', t('statusOnTime')],
      pending: ['pending', t('statusPending')], no_date: ['pending', t('statusNoDate')],
      window_open: ['pending', t('statusWindowOpen')], window_closed: ['late', t('statusWindowClosed')] };
    var s = map[a.status] || ['pending', a.status];
    status.className = 'zz-status ' + s[0];
    status.textContent = s[1];

    var warn = $('zz-warnings');
    warn.textContent = '';
    (a.warnings || []).forEach(function (w) { warn.appendChild(el('p', { 'class': 'zz-warn', 'data-code': w.code }, w.text)); });

    var steps = $('zz-steps');
    steps.textContent = '';
    (d.steps || []).forEach(function (st) {
      var li = el('li', { 'data-code': st.code }, st.text);
      li.appendChild(el('span', { 'class': 'zz-ref' }, refsText(st.refs)));
      steps.appendChild(li);
    });

    var pen = $('zz-penalty');
    pen.textContent = '';
    if (a.penalty) { pen.appendChild(calcTable(a.penalty, a.penalty.title || t('penalty'))); }
    if (a.interest_395) { pen.appendChild(calcTable(a.interest_395, a.interest_395.title || t('interest'))); }

    var fine = $('zz-fine');
    fine.textContent = '';
    if (a.fine && a.fine.total) {
      var box = el('div', { 'class': 'zz-fine' });
      var left = el('div');
      left.appendChild(el('div', null, t('fine') + ' ' + percent(a.fine.rate)));
      left.appendChild(el('div', { 'class': 'zz-basis' }, refsText(a.fine.basis)));
      box.appendChild(left);
      box.appendChild(el('strong', { 'class': 'zz-money' }, rub(a.fine.total)));
      fine.appendChild(box);
    }
    drawTimeline(claim, a, days);
    $('zz-result').scrollIntoView && $('zz-result').scrollIntoView({ block: 'nearest' });
  }

  function calcTable(c, title) {
    var wrap = el('div');
    wrap.appendChild(el('h2', null, title));
    var table = el('table', { 'class': 'zz-table' });
    var head = el('tr');
    [t('period'), t('nDays'), t('baseCol'), t('rate'), t('amount')].forEach(function (h) { head.appendChild(el('th', { scope: 'col' }, h)); });
    table.appendChild(el('thead')).appendChild(head);
    var body = el('tbody');
    (c.rows || []).forEach(function (r) {
      var tr = el('tr');
      var period = el('td', null, date(r.from) + ' – ' + date(r.to));
      if (r.note) { period.appendChild(el('span', { 'class': 'zz-note' }, r.note)); }
      tr.appendChild(period);
      tr.appendChild(el('td', null, String(r.days)));
      tr.appendChild(el('td', { 'class': 'zz-money' }, money(r.base)));
      tr.appendChild(el('td', null, percent(r.rate)));
      tr.appendChild(el('td', { 'class': 'zz-money' }, money(r.amount)));
      body.appendChild(tr);
    });
    table.appendChild(body);
    var foot = el('tr');
    var label = el('td', { colspan: '4' }, t('total'));
    if (c.cap_text) { label.appendChild(el('span', { 'class': 'zz-note' }, c.cap_text)); }
    foot.appendChild(label);
    foot.appendChild(el('td', { 'class': 'zz-money', 'data-total': c.total }, rub(c.total)));
    table.appendChild(el('tfoot')).appendChild(foot);
    wrap.appendChild(table);
    wrap.appendChild(el('p', { 'class': 'zz-basis' }, refsText(c.basis)));
    return wrap;
  }

  // drawTimeline draws event → term → due day → delay → performance on one
  // axis of days, non-working days marked, the penalty growing over the
  // delay as an area.
  function drawTimeline(claim, a, days) {
    var d = a.deadline;
    var until = claim.performed_on || claim.as_of || '';
    var lo = parseISO(d.event || d.start || d.end), due = parseISO(d.due), end = parseISO(d.end);
    var start = parseISO(d.start) || lo, od = parseISO(d.overdue_from), perf = parseISO(until);
    var hi = Math.max(due, perf || due);
    var W = 760, L = 24, R = 24, n = hi - lo + 1;
    var dw = (W - L - R) / n;
    function x(day) { return L + (day - lo) * dw; }
    var svg = document.createElementNS(SVGNS, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + W + ' 178');
    svg.setAttribute('role', 'img');
    function add(tag, attrs, text) {
      var e = document.createElementNS(SVGNS, tag);
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      if (text != null) { e.textContent = text; }
      svg.appendChild(e);
      return e;
    }
    var title = [t('tlEvent') + ' ' + date(d.event || d.start), t('tlDue') + ' ' + date(d.due)];
    if (until) { title.push((claim.performed_on ? t('tlPerformed') : t('tlAsOf')) + ' ' + date(until)); }
    add('title', {}, title.join(' → '));

    // The strip of days.
    var stripY = 96, stripH = 14;
    add('rect', { x: L, y: stripY, width: W - L - R, height: stripH, fill: '#eef1f5', rx: 2 });
    var colors = { weekend: '#c9ced6', dayoff: '#c9ced6', holiday: '#e8a09a', 'non-working': '#dde1e7', 'working-weekend': '#ffffff' };
    (days || []).forEach(function (day) {
      var k = parseISO(day.date);
      if (k == null || k < lo || k > hi || !colors[day.kind]) { return; }
      var r = add('rect', { x: x(k) + 0.5, y: stripY, width: Math.max(dw - 1, 1), height: stripH, fill: colors[day.kind], 'data-kind': day.kind });
      if (day.kind === 'working-weekend') { r.setAttribute('stroke', '#7b8594'); r.setAttribute('stroke-width', '0.8'); }
      var tip = document.createElementNS(SVGNS, 'title');
      tip.textContent = date(day.date) + (day.name ? ': ' + day.name : '');
      r.appendChild(tip);
    });

    // Term and delay bars.
    var barY = 116, barH = 12;
    if (start != null && due != null) {
      add('rect', { x: x(start), y: barY, width: Math.max(x(end + 1) - x(start), 1), height: barH, fill: '#2f74d0', rx: 2 });
      if (due > end) {
        add('rect', { x: x(end + 1), y: barY, width: x(due + 1) - x(end + 1), height: barH, fill: '#8fb5e8', rx: 2 });
      }
      var label = t('tlTerm') + (d.term ? ' ' + d.term.text : '');
      if (x(end + 1) - x(start) > label.length * 5.6) {
        add('text', { x: (x(start) + x(end + 1)) / 2, y: barY + 9.5, 'text-anchor': 'middle', 'font-size': 10, fill: '#fff' }, label);
      }
    }
    if (perf != null && od != null && perf >= od) {
      add('rect', { x: x(od), y: barY, width: x(perf + 1) - x(od), height: barH, fill: '#c8372d', rx: 2 });
      if (x(perf + 1) - x(od) > 80) {
        add('text', { x: (x(od) + x(perf + 1)) / 2, y: barY + 9.5, 'text-anchor': 'middle', 'font-size': 10, fill: '#fff' }, t('tlDelay') + ' ' + daysText(a.days_overdue));
      }
    }

    // The penalty growing over the delay.
    var calc = a.penalty || a.interest_395;
    if (calc && calc.rows && calc.rows.length && +calc.total > 0) {
      var top = 28, bottom = 88, max = +calc.total;
      var pts = [[x(parseISO(calc.rows[0].from)), bottom]];
      var cum = 0;
      calc.rows.forEach(function (r) {
        cum = Math.min(cum + (+r.amount), max);
        pts.push([x(parseISO(r.to) + 1), bottom - (cum / max) * (bottom - top)]);
      });
      var last = pts[pts.length - 1];
      var path = 'M' + pts.map(function (p) { return p[0].toFixed(1) + ',' + p[1].toFixed(1); }).join(' L') + ' L' + last[0].toFixed(1) + ',' + bottom + ' Z';
      add('path', { d: path, fill: '#fbe3e1', stroke: '#c8372d', 'stroke-width': 1.2 });
      var anchor = last[0] > W - 140 ? 'end' : 'start';
      add('text', { x: anchor === 'end' ? last[0] - 4 : last[0] + 4, y: top + 10, 'text-anchor': anchor, 'font-size': 12, 'font-weight': 700, fill: '#c8372d' }, rub(calc.total));
    }

    // Markers with their dates; labels that would collide are staggered.
    var marks = [[lo, t('tlEvent'), '#1d2430'], [due, t('tlDue'), '#2f74d0']];
    if (perf != null) { marks.push([perf, claim.performed_on ? t('tlPerformed') : t('tlAsOf'), '#c8372d']); }
    var lastX = -1e9, row = 0;
    marks.forEach(function (m) {
      var cx = x(m[0]) + dw / 2;
      add('line', { x1: cx, x2: cx, y1: stripY - 4, y2: barY + barH + 4, stroke: m[2], 'stroke-width': 1.5 });
      add('circle', { cx: cx, cy: barY + barH / 2, r: 4.5, fill: '#fff', stroke: m[2], 'stroke-width': 2 });
      row = cx - lastX < 110 ? row + 1 : 0;
      lastX = cx;
      var ty = 148 + row * 14;
      var anchor = cx < 60 ? 'start' : (cx > W - 60 ? 'end' : 'middle');
      add('text', { x: cx, y: ty, 'text-anchor': anchor, 'font-size': 11, fill: m[2] }, m[1] + ' ' + shortDate(isoOf(m[0])));
    });

    var box = $('zz-timeline');
    box.textContent = '';
    box.appendChild(svg);
    var legend = $('zz-legend');
    legend.textContent = '';
    [['#c9ced6', t('lgOff')], ['#e8a09a', t('lgHoliday')], ['#2f74d0', t('lgTerm')], ['#c8372d', t('lgDelay')], ['#fbe3e1', t('lgPenalty')]].forEach(function (l) {
      var s = el('span');
      var i = el('i');
      i.style.background = l[0];
      s.appendChild(i);
      s.appendChild(document.createTextNode(l[1]));
      legend.appendChild(s);
    });
  }

  // notifyParent tells the page that embeds the widget in an iframe (a CRM
  // card) what happened: {source: 'zozpp', type: 'ready'} once loaded, and
  // {source: 'zozpp', type: 'assessment', due, status, penalty_total, …}
  // after each calculation, so the CRM can store the figures.
  function notifyParent(msg) {
    if (window.parent === window) { return; }
    msg.source = 'zozpp';
    try { window.parent.postMessage(msg, '*'); } catch (e) { /* the parent went away */ }
  }

  function loadVersion() {
    api('v1/version').then(function (v) {
      $('zz-version').textContent = t('version').replace('{c}', v.data.calendar.official_through).replace('{r}', date(v.data.rates.key_rate_known_through));
    }, function () {});
  }

  // ---- start ------------------------------------------------------------

  function start() {
    var q = new URLSearchParams(location.search);
    var lang = q.get('lang') || ((navigator.language || 'ru').slice(0, 2) === 'en' ? 'en' : 'ru');
    state.lang = lang === 'en' ? 'en' : 'ru';
    applyLang();
    var now = new Date();
    $('zz-until').value = typed(now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate()));
    $('zz-search').addEventListener('input', function () { renderTypes(); });
    $('zz-search').addEventListener('keydown', onSearchKey);
    $('zz-types').addEventListener('click', onListClick);
    $('zz-form').addEventListener('submit', submit);
    $('zz-add-payment').addEventListener('click', addPayment);
    Array.prototype.forEach.call(document.querySelectorAll('.zz-lang button'), function (b) {
      b.addEventListener('click', function () { setLang(b.getAttribute('data-lang')); });
    });
    loadTypes().then(function () {
      document.documentElement.setAttribute('data-ready', 'true');
      notifyParent({ type: 'ready', lang: state.lang });
      var id = q.get('type');
      if (id) { select(findType(id), false); }
    });
    loadVersion();
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
