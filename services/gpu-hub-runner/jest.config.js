module.exports = { ...require('../../jest.preset.js'), displayName: 'gpu-hub-runner', rootDir: __dirname };
