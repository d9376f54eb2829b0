/** Deployment generation: least-privilege users, credentials, TLS and server configs (docs/security.md). */
export { buildUsers, leafLinkPermissions, servicePermissions, renderAuthorization, usersForSite, viaDomain, validateInventory, replyTo, NodeServices, InventoryError } from './permissions';
export type { Inventory, InventorySite, InventoryNode, UserEntry, Permissions, Principal, NodeService, Callers } from './permissions';
export { generateCredentials, writeCredentials, seedPath, freshUserKey, DefaultHubDomain } from './generate-auth';
export type { GeneratedCredentials } from './generate-auth';
export { generateSecureFabric, writeSecureFabric, cellServerUsers, assertOpenssl, renderSecureCellConfigs, CELLS_HUB_DOMAIN } from './secure-fabric';
export type { SecureFabric, SecureFabricInput, SecureFabricManifest } from './secure-fabric';
