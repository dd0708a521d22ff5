// Progressive enhancement for the officer's list page: a "Copy link" button beside the family's
// link. Without JavaScript the link is still shown in full, to select and copy by hand.

for (const button of document.querySelectorAll('[data-op-list-copy]')) {
  const input = document.getElementById(button.getAttribute('data-op-list-copy') ?? '');
  const status = button.parentElement?.querySelector('.op-list-copy-status');
  if (!(input instanceof HTMLInputElement) || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(input.value);
      if (status) status.textContent = 'Link copied.';
    } catch {
      input.select();
      if (status) status.textContent = 'Could not copy. The link is selected: copy it with your keyboard.';
    }
  });
}
