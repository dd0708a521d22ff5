// Progressive enhancement for GOV.UK conditional reveals (radios with `op-reveal`): what an answer
// reveals is shown only while that answer is chosen. GOV.UK Frontend's own radios script would do
// the same but marks each radio aria-expanded, which a radio may not carry (axe: aria-allowed-attr);
// this runs before it (module scripts run in order, init.js last) and takes the reveal over, with
// the same classes and no ARIA. Without JavaScript every revealed part is shown.

for (const group of document.querySelectorAll('.govuk-radios.op-reveal')) {
  const reveals = [];
  for (const input of group.querySelectorAll(':scope > .govuk-radios__item > input[type="radio"]')) {
    const id = input.getAttribute('data-aria-controls');
    if (!id) continue;
    input.removeAttribute('data-aria-controls');
    const part = document.getElementById(id);
    if (part) reveals.push({ input, part });
  }
  const first = group.querySelector(':scope > .govuk-radios__item > input[type="radio"]');
  if (!first || reveals.length === 0) continue;
  const sync = () => {
    for (const { input, part } of reveals)
      part.classList.toggle('govuk-radios__conditional--hidden', !input.checked);
  };
  for (const radio of document.querySelectorAll(`input[type="radio"][name="${CSS.escape(first.name)}"]`)) {
    radio.addEventListener('change', sync);
  }
  sync();
}
