export {
  clusterMembershipOf,
  isLive,
  mergeLinks,
  neighbourhoodOf,
  sameMembership,
  sameNeighbourList,
  shouldRemoveClusterKey,
  writesClusterState,
} from './views';
export type { ClusterMembership, NeighbourListContent, NeighbourhoodView, PeerAnnouncement, PeerLinkInput } from './views';
