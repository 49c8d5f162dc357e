// The operator's console: reads each service's own endpoints through the gateway
// (/ops/api/<service>/actuator/...) with an administrator's token. No library, no CDN.
'use strict';

const SERVICES = ['user-service', 'catalog-service', 'order-service'];
const METRICS = ['nexus_outbox_backlog', 'nexus_outbox_oldest_pending_age_seconds', 'nexus_dead_letters_pending',
	'resilience4j_circuitbreaker_state'];
const TOKEN = 'nexus.ops.token';
const $ = (selector) => document.querySelector(selector);

function token() {
	return sessionStorage.getItem(TOKEN);
}

function claims(jwt) {
	const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
	return JSON.parse(atob(part + '='.repeat((4 - part.length % 4) % 4)));
}

async function api(path, options = {}) {
	const response = await fetch(path, {
		...options,
		headers: { ...(options.headers || {}), Authorization: 'Bearer ' + token() },
	});
	if (response.status === 401) {
		logout('Your session ended; log in again.');
		throw new Error('unauthorized');
	}
	return response;
}

async function json(path) {
	const response = await api(path);
	if (!response.ok && response.status !== 503) {
		throw new Error(path + ': ' + response.status);
	}
	return response.json();
}

function cell(text, className) {
	const td = document.createElement('td');
	td.textContent = text;
	if (className) {
		td.className = className;
	}
	return td;
}

function row(cells, attributes = {}) {
	const tr = document.createElement('tr');
	Object.entries(attributes).forEach(([name, value]) => tr.setAttribute(name, value));
	cells.forEach((td) => tr.appendChild(td));
	return tr;
}

// The Prometheus text format, enough for gauges and counters: name{labels} value.
function parseMetrics(text) {
	const samples = [];
	for (const line of text.split('\n')) {
		const match = /^([a-zA-Z_:][\w:]*)(?:\{([^}]*)\})?\s+(\S+)/.exec(line);
		if (!match || line.startsWith('#')) {
			continue;
		}
		const labels = {};
		for (const label of (match[2] || '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
			labels[label[1]] = label[2];
		}
		samples.push({ name: match[1], labels, value: Number(match[3]) });
	}
	return samples;
}

function value(samples, name) {
	const found = samples.filter((sample) => sample.name === name);
	return found.length ? Math.max(...found.map((sample) => sample.value)) : null;
}

function seconds(value) {
	if (value === null || value === undefined) {
		return '–';
	}
	return value < 60 ? value.toFixed(1) + ' s' : (value / 60).toFixed(1) + ' min';
}

async function serviceState(service) {
	const state = { service };
	try {
		const [health, readiness, metrics, deadLetters] = await Promise.all([
			json(`/ops/api/${service}/actuator/health`),
			json(`/ops/api/${service}/actuator/health/readiness`),
			api(`/ops/api/${service}/actuator/prometheus?includedNames=${METRICS.join(',')}`).then((r) => r.text()),
			json(`/ops/api/${service}/actuator/deadletters?status=PENDING&limit=500`),
		]);
		state.health = health.status;
		state.readiness = readiness.status;
		state.checks = Object.entries(health.components || {}).map(([name, c]) => `${name} ${c.status}`).join(', ');
		state.samples = parseMetrics(metrics);
		state.deadLetters = deadLetters;
	}
	catch (error) {
		state.health = state.health || 'unreachable';
		state.readiness = state.readiness || 'unreachable';
		state.error = String(error);
	}
	return state;
}

function renderServices(states, gateway) {
	const body = $('#services tbody');
	body.replaceChildren();
	for (const state of states) {
		const samples = state.samples || [];
		body.appendChild(row([
			cell(state.service),
			cell(state.health, 'health ' + state.health),
			cell(state.readiness, 'readiness ' + state.readiness),
			cell(state.checks || state.error || '', 'checks'),
			cell(String(value(samples, 'nexus_outbox_backlog') ?? '–'), 'outbox-backlog'),
			cell(seconds(value(samples, 'nexus_outbox_oldest_pending_age_seconds')), 'outbox-age'),
			cell(String(state.deadLetters ? state.deadLetters.length : '–'), 'dead-letters'),
		], { 'data-service': state.service }));
	}
	const health = gateway ? gateway.health.status : 'unreachable';
	const readiness = gateway ? gateway.readiness.status : 'unreachable';
	body.appendChild(row([cell('gateway'), cell(health, 'health ' + health), cell(readiness, 'readiness ' + readiness),
		cell(''), cell('–'), cell('–'), cell('–')], { 'data-service': 'gateway' }));
}

function renderBreakers(states, gateway) {
	const body = $('#breakers tbody');
	body.replaceChildren();
	for (const [name, breaker] of Object.entries(gateway ? gateway.circuitBreakers : {})) {
		body.appendChild(row([cell('gateway'), cell(name), cell(breaker.state, breaker.state)],
			{ 'data-breaker': name }));
	}
	for (const state of states) {
		const open = {};
		for (const sample of (state.samples || []).filter((s) => s.name === 'resilience4j_circuitbreaker_state')) {
			if (sample.value === 1) {
				open[sample.labels.name] = sample.labels.state.toUpperCase();
			}
		}
		for (const [name, breakerState] of Object.entries(open)) {
			body.appendChild(row([cell(state.service), cell(name), cell(breakerState, breakerState)],
				{ 'data-breaker': name }));
		}
	}
}

function renderRateLimits(gateway) {
	const body = $('#rate-limits tbody');
	body.replaceChildren();
	for (const [policy, refused] of Object.entries(gateway ? gateway.rateLimited : {})) {
		body.appendChild(row([cell(policy), cell(String(refused))], { 'data-policy': policy }));
	}
}

function renderDeadLetters(states) {
	const groups = new Map();
	const letters = [];
	for (const state of states) {
		for (const letter of state.deadLetters || []) {
			const key = `${state.service}|${letter.originalTopic}|${letter.consumerGroup}`;
			groups.set(key, (groups.get(key) || 0) + 1);
			letters.push({ service: state.service, letter });
		}
	}
	const groupBody = $('#dead-letter-groups tbody');
	groupBody.replaceChildren();
	for (const [key, count] of groups) {
		const [service, topic, group] = key.split('|');
		groupBody.appendChild(row([cell(service), cell(topic), cell(group), cell(String(count))]));
	}
	if (!groups.size) {
		groupBody.appendChild(row([cell('none pending'), cell(''), cell(''), cell('0')]));
	}
	const body = $('#dead-letters tbody');
	body.replaceChildren();
	for (const { service, letter } of letters) {
		const actions = document.createElement('td');
		const inspect = document.createElement('button');
		inspect.textContent = 'Inspect';
		inspect.className = 'inspect';
		inspect.onclick = () => showDeadLetter(service, letter.id);
		const replay = document.createElement('button');
		replay.textContent = 'Replay';
		replay.className = 'replay';
		replay.onclick = () => replayDeadLetter(service, letter.id);
		actions.append(inspect, ' ', replay);
		body.appendChild(row([cell(service), cell(letter.receivedAt), cell(letter.originalTopic),
			cell(letter.consumerGroup), cell(letter.eventType || '–'), cell(letter.errorMessage || letter.errorClass || ''),
			actions], { 'data-dead-letter': letter.id }));
	}
}

async function showDeadLetter(service, id) {
	const letter = await json(`/ops/api/${service}/actuator/deadletters/${id}`);
	const detail = $('#dead-letter-detail');
	detail.textContent = JSON.stringify(letter, null, 2);
	detail.hidden = false;
}

async function replayDeadLetter(service, id) {
	const response = await api(`/ops/api/${service}/actuator/deadletters/${id}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: '{}',
	});
	const result = response.ok ? await response.json() : { replayed: false };
	$('#dead-letter-result').textContent = result.replayed ? `Dead letter ${id} replayed.`
		: `Dead letter ${id} was not replayed (${response.status}).`;
	refresh();
}

function svg(width, height) {
	const element = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	element.setAttribute('width', width);
	element.setAttribute('height', height);
	element.setAttribute('viewBox', `0 0 ${width} ${height}`);
	return element;
}

function shape(parent, name, attributes, text) {
	const element = document.createElementNS('http://www.w3.org/2000/svg', name);
	Object.entries(attributes).forEach(([key, val]) => element.setAttribute(key, val));
	if (text !== undefined) {
		element.textContent = text;
	}
	parent.appendChild(element);
	return element;
}

const COLOURS = { confirmed: '#137333', cancelled: '#b3261e', inProgress: '#8ab4f8' };

function renderOrders(activity) {
	const minutes = activity.minutes;
	const width = 640;
	const height = 180;
	const chart = svg(width, height + 24);
	const max = Math.max(1, ...minutes.map((m) => m.confirmed + m.cancelled + m.inProgress));
	const slot = width / minutes.length;
	minutes.forEach((minute, index) => {
		let top = height;
		for (const outcome of ['confirmed', 'cancelled', 'inProgress']) {
			const bar = (minute[outcome] / max) * (height - 16);
			top -= bar;
			if (bar > 0) {
				shape(chart, 'rect', { x: index * slot + 2, y: top, width: slot - 4, height: bar, fill: COLOURS[outcome],
					'data-minute': minute.minute, 'data-outcome': outcome, 'data-count': minute[outcome] });
			}
		}
		const total = minute.confirmed + minute.cancelled + minute.inProgress;
		if (total > 0) {
			shape(chart, 'text', { x: index * slot + slot / 2, y: top - 3, 'text-anchor': 'middle', 'font-size': 11 },
				String(total));
		}
		if (index % 3 === 0 || index === minutes.length - 1) {
			shape(chart, 'text', { x: index * slot + slot / 2, y: height + 16, 'text-anchor': 'middle',
				'font-size': 11 }, new Date(minute.minute).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
		}
	});
	$('#orders-chart').replaceChildren(chart);

	const saga = activity.saga;
	const sagaChart = svg(width, 110);
	const rows = [['p50', saga.p50Seconds], ['p95', saga.p95Seconds], ['p99', saga.p99Seconds], ['max', saga.maxSeconds]];
	const longest = Math.max(0.001, ...rows.map(([, v]) => v || 0));
	rows.forEach(([label, seconds_], index) => {
		const y = 8 + index * 25;
		shape(sagaChart, 'text', { x: 4, y: y + 13, 'font-size': 12 }, label);
		if (seconds_ !== null) {
			shape(sagaChart, 'rect', { x: 44, y, width: Math.max(2, (seconds_ / longest) * (width - 160)), height: 16,
				fill: '#5f6368', 'data-percentile': label, 'data-seconds': seconds_ });
		}
		shape(sagaChart, 'text', { x: width - 100, y: y + 13, 'font-size': 12 }, seconds(seconds_));
	});
	$('#saga-chart').replaceChildren(sagaChart);
	$('#saga-chart').setAttribute('data-finished', saga.finished);
}

let timer;

async function refresh() {
	if (!token()) {
		return;
	}
	const [gateway, states, activity] = await Promise.all([
		json('/ops/api/gateway').catch(() => null),
		Promise.all(SERVICES.map(serviceState)),
		json('/ops/api/order-service/actuator/orderactivity').catch(() => null),
	]);
	renderServices(states, gateway);
	renderBreakers(states, gateway);
	renderRateLimits(gateway);
	renderDeadLetters(states);
	if (activity) {
		renderOrders(activity);
	}
	$('#refreshed').textContent = 'Last: ' + new Date().toLocaleTimeString();
	document.body.setAttribute('data-refreshed', String(Date.now()));
}

function show() {
	const signedIn = Boolean(token());
	$('#login').hidden = signedIn;
	$('#console').hidden = !signedIn;
	$('#logout').hidden = !signedIn;
	$('#who').textContent = signedIn ? claims(token()).email || claims(token()).sub : '';
	clearInterval(timer);
	if (signedIn) {
		refresh();
		timer = setInterval(refresh, 5000);
	}
}

function logout(message) {
	sessionStorage.removeItem(TOKEN);
	$('#login-error').textContent = message || '';
	show();
}

$('#login-form').addEventListener('submit', async (event) => {
	event.preventDefault();
	$('#login-error').textContent = '';
	const response = await fetch('/api/auth/login', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ email: $('#email').value, password: $('#password').value }),
	});
	if (!response.ok) {
		$('#login-error').textContent = 'Login failed (' + response.status + ').';
		return;
	}
	const accessToken = (await response.json()).accessToken;
	if (!(claims(accessToken).roles || []).includes('ADMIN')) {
		$('#login-error').textContent = 'This console is for administrators only.';
		return;
	}
	sessionStorage.setItem(TOKEN, accessToken);
	show();
});
$('#logout').addEventListener('click', () => logout());
show();
