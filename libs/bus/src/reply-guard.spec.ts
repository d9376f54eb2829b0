import { isInboxOf, isInboxSubject, replyRefusal, ReplyRefusal } from './reply-guard';
import { inboxPrefix } from './names';

describe('reply guard', () => {
  it.each([
    [`${inboxPrefix('metrics-collector', 'eu-2')}.abc.1`, true],
    ['_INBOX.abc.7', true],
    ['_INBOX_client_game1.x', true],
    ['$KV.cm_leases.lease.root', false],
    ['$JS.API.STREAM.DELETE.DEADLETTER', false],
    ['task.run.us-1', false],
    ['_INBOX', false],
    ['_INBOX.>', false],
    ['_INBOX.*.x', false],
    ['_INBOX..x', false],
    ['_INBOXX.x', false],
    ['_INBOX_.x', false],
    [`_INBOX.${'a'.repeat(400)}`, false],
    ['', false],
  ])('%s is an inbox: %s', (reply, expected) => {
    expect(isInboxSubject(reply)).toBe(expected);
  });

  it('binds an inbox to the requester it belongs to', () => {
    const reply = `${inboxPrefix('metrics-collector', 'eu-2')}.mux.3`;
    expect(isInboxOf(reply, 'metrics-collector', 'eu-2')).toBe(true);
    expect(isInboxOf(reply, 'metrics-collector', 'eu')).toBe(false);
    expect(isInboxOf(reply, 'metrics-collector', 'us-1')).toBe(false);
    expect(replyRefusal(reply, { service: 'metrics-collector', nodeId: 'us-1' })).toBe(ReplyRefusal.NotTheRequester);
    expect(replyRefusal('$KV.cm_leases.lease.root')).toBe(ReplyRefusal.NotAnInbox);
    expect(replyRefusal(undefined)).toBe(ReplyRefusal.NoReply);
    expect(replyRefusal(reply)).toBeNull();
    // Inboxes of other roles (a CLI, a host process of virtual nodes) are not a collector's: answered.
    expect(replyRefusal(`${inboxPrefix('node', 'n7')}.mux.1`, { service: 'metrics-collector', nodeId: 'us-1' })).toBeNull();
    expect(replyRefusal('_INBOX.abc.1', { service: 'metrics-collector', nodeId: 'us-1' })).toBeNull();
  });
});
