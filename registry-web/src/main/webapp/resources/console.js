/* The console's own script (served with the page's CSP nonce): copy buttons, e.g. for an API key shown once. */
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy]');
    if (!button) {
        return;
    }
    var field = document.getElementById(button.getAttribute('data-copy'));
    navigator.clipboard.writeText(field.value).then(function () {
        button.textContent = button.getAttribute('data-copied');
    }, function () {
        field.select(); // no clipboard (a page not served over TLS): selected, for Ctrl-C
    });
});
