module.exports = { ...require('../../jest.preset.js'), displayName: 'leases', rootDir: __dirname };
