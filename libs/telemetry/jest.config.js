// The OTLP/HTTP exporter loads node:http with a dynamic import(), which Jest's CommonJS runtime
// refuses without --experimental-vm-modules; transforming that one package with swc turns the
// import() into require(), so tests can export spans to a real receiver.
const preset = require('../../jest.preset.js');
const swcCommonJs = ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }];
module.exports = {
  ...preset,
  displayName: 'telemetry',
  rootDir: __dirname,
  transform: { ...preset.transform, '/@opentelemetry/otlp-exporter-base/.+\\.js$': swcCommonJs },
  transformIgnorePatterns: ['/node_modules/(?!@opentelemetry/otlp-exporter-base/)'],
};
