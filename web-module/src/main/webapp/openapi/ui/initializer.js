// In a file of its own: the Content-Security-Policy allows no inline script. The description is the
// application's /openapi, two levels up from /openapi/ui/; no outside validator is asked about it.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: new URL('../../openapi', window.location.href).href,
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout'
  });
});
