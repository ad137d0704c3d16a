// A button with data-confirm asks before it submits (deleting a protocol). A listener here
// rather than an inline onclick: the Content-Security-Policy allows no inline script.
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-confirm]');
    if (button && !window.confirm(button.dataset.confirm)) {
        event.preventDefault();
    }
});
