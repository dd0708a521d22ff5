// Progressive enhancement for a form with more than one job: Enter in a box marked
// data-op-enter="<value>" presses the form's button of that value (Enter in "Make a list"'s register
// search searches), where the browser would press the form's first button. Without JavaScript,
// Enter presses the form's default button, and the search has its own button beside the box.

for (const input of document.querySelectorAll('input[data-op-enter]')) {
  const value = input.getAttribute('data-op-enter');
  const button = [...(input.form?.querySelectorAll('button[type="submit"]') ?? [])].find(
    (b) => b.value === value,
  );
  if (!button) continue;
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    button.click();
  });
}
