// Swagger UI over the registry's MicroProfile OpenAPI document. A file of its own, not an inline
// script, so the page works under a Content-Security-Policy without 'unsafe-inline' scripts.
window.onload = () => {
  window.ui = SwaggerUIBundle({
    url: "/openapi",
    dom_id: "#swagger-ui",
    deepLinking: true,
    tryItOutEnabled: false
  });
};
