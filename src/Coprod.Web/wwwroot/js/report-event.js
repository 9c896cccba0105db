// Coprod — the event reporting form (EVT-1). The page is rendered statically; this script keeps
// the draft on the phone (localStorage), sends it to the API with an Idempotency-Key, and when the
// network is gone keeps the exact request and resends it — same key, same body — once back online,
// so a report is never lost and never counted twice.
const form = document.getElementById('report-form');
if (form) {
  const msg = (name) => form.dataset['msg' + name.charAt(0).toUpperCase() + name.slice(1)] || '';
  const status = document.getElementById('report-status');
  const draftKey = form.dataset.draftKey;
  const pendingKey = draftKey + '.pending';
  const fields = ['category', 'severity', 'when', 'occurredLocal', 'latitude', 'longitude', 'commune', 'areaId', 'description', 'overrideReason', 'institutionId'];
  let sending = false;

  const show = (text, kind) => {
    status.textContent = text;
    status.className = 'report-status' + (kind ? ' report-status--' + kind : '');
  };

  const read = () => {
    const data = {};
    for (const name of fields) {
      const inputs = form.querySelectorAll(`[name="${name}"]`);
      if (inputs.length === 0) continue;
      if (inputs[0].type === 'radio') {
        const checked = [...inputs].find((i) => i.checked);
        data[name] = checked ? checked.value : '';
      } else {
        data[name] = inputs[0].value;
      }
    }
    return data;
  };

  const write = (data) => {
    for (const [name, value] of Object.entries(data)) {
      const inputs = form.querySelectorAll(`[name="${name}"]`);
      if (inputs.length === 0) continue;
      if (inputs[0].type === 'radio') {
        inputs.forEach((i) => { i.checked = i.value === value; });
      } else {
        inputs[0].value = value ?? '';
      }
    }
    showLocation(data.latitude, data.longitude);
  };

  const saveDraft = () => localStorage.setItem(draftKey, JSON.stringify(read()));

  const showLocation = (lat, lon, accuracy) => {
    const place = document.getElementById('location-status');
    place.textContent = lat && lon ? msg('located').replace('{0}', accuracy ? Math.round(accuracy) : '?') : '';
  };

  const clearErrors = () => form.querySelectorAll('[data-error-for]').forEach((p) => { p.textContent = ''; });

  const showErrors = (errors) => {
    let first = null;
    for (const [field, messages] of Object.entries(errors || {})) {
      const target = form.querySelector(`[data-error-for="${field}"]`) || status;
      if (target === status) {
        show(messages.join(' '), 'error');
      } else {
        target.textContent = messages.join(' ');
        first = first || target;
      }
    }
    if (first) first.scrollIntoView({ block: 'center' });
  };

  // The request is built once; retries send exactly it, so the server can recognise them.
  const build = (data) => {
    const body = {
      category: data.category || null,
      severity: data.severity || null,
      occurredAt: data.when === 'earlier' && data.occurredLocal ? new Date(data.occurredLocal).toISOString() : new Date().toISOString(),
      description: data.description || null,
      latitude: data.latitude ? Number(data.latitude) : null,
      longitude: data.longitude ? Number(data.longitude) : null,
      commune: data.commune || null,
      areaId: data.areaId || null,
      institutionId: data.institutionId || null,
    };
    if (data.overrideReason) body.privacyOverride = { reason: data.overrideReason };
    return { key: newKey(), body };
  };

  // randomUUID needs a secure context; a local network address over plain HTTP gets the fallback.
  const newKey = () => (crypto.randomUUID ? crypto.randomUUID()
    : [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join(''));

  const send = async (pending) => {
    if (sending) return;
    sending = true;
    show(msg('sending'), 'pending');
    let response;
    try {
      response = await fetch(form.dataset.api, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': pending.key, Accept: 'application/json' },
        body: JSON.stringify(pending.body),
      });
    } catch {
      sending = false;
      show(msg('offline'), 'pending');
      return;
    }
    sending = false;
    if (response.status === 401) {
      // Kept: once signed in again, the same request goes out.
      show(msg('session'), 'error');
      const link = document.createElement('a');
      link.href = form.dataset.login;
      link.textContent = ' →';
      status.append(link);
      return;
    }
    localStorage.removeItem(pendingKey);
    if (response.ok) {
      localStorage.removeItem(draftKey);
      form.reset();
      showLocation();
      document.getElementById('privacy-override').hidden = true;
      show(msg('sent'), 'ok');
      status.scrollIntoView({ block: 'center' });
      return;
    }
    const problem = await response.json().catch(() => ({}));
    if (response.status === 422 && problem.findings) {
      const lines = problem.findings.map((f) => `« ${f.text} » : ${f.label}. ${f.advice}`);
      form.querySelector('[data-error-for="description"]').textContent = lines.join(' ');
      document.getElementById('privacy-override').hidden = !problem.overridable;
      show(msg('privacy'), 'error');
      return;
    }
    if (problem.errors) {
      show(msg('errors'), 'error');
      showErrors(problem.errors);
      return;
    }
    show(problem.detail || msg('failed'), 'error');
  };

  const retryPending = () => {
    const pending = localStorage.getItem(pendingKey);
    if (pending) send(JSON.parse(pending));
  };

  form.addEventListener('input', saveDraft);
  form.addEventListener('change', saveDraft);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearErrors();
    const pending = build(read());
    localStorage.setItem(pendingKey, JSON.stringify(pending));
    send(pending);
  });

  document.getElementById('locate').addEventListener('click', () => {
    if (!navigator.geolocation) {
      document.getElementById('location-status').textContent = msg('noLocation');
      return;
    }
    document.getElementById('location-status').textContent = msg('locating');
    navigator.geolocation.getCurrentPosition((position) => {
      form.querySelector('#latitude').value = position.coords.latitude.toFixed(6);
      form.querySelector('#longitude').value = position.coords.longitude.toFixed(6);
      showLocation(position.coords.latitude, position.coords.longitude, position.coords.accuracy);
      saveDraft();
    }, () => {
      document.getElementById('location-status').textContent = msg('noLocation');
    }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  });

  const commune = form.querySelector('#commune');
  const area = form.querySelector('#areaId');
  if (area) {
    // Only the areas of the chosen commune are offered.
    const filterAreas = () => {
      for (const option of area.options) {
        option.hidden = Boolean(option.value && commune.value && option.dataset.commune !== commune.value);
      }
      if (area.selectedOptions[0]?.hidden) area.value = '';
    };
    commune.addEventListener('change', filterAreas);
    area.addEventListener('change', () => {
      const chosen = area.selectedOptions[0];
      if (chosen?.dataset.commune) commune.value = chosen.dataset.commune;
    });
  }

  const draft = localStorage.getItem(draftKey);
  if (draft) {
    write(JSON.parse(draft));
    show(msg('restored'));
  }
  window.addEventListener('online', retryPending);
  setInterval(retryPending, 30000);
  retryPending();
}
