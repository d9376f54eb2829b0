import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace cellmesh {

    namespace v1 {

        interface IScope extends cellmesh.v1.Scope.$Properties {
        }

        class Scope {
            constructor(p?: cellmesh.v1.Scope.$Properties);
            $unknowns?: Uint8Array[];
            gameId: string;
            roomId: string;
            taskId: string;
            static create(properties: cellmesh.v1.Scope.$Shape): cellmesh.v1.Scope & cellmesh.v1.Scope.$Shape;
            static create(properties?: cellmesh.v1.Scope.$Properties): cellmesh.v1.Scope;
            static encode(m: cellmesh.v1.Scope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.Scope & cellmesh.v1.Scope.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.Scope;
            static toObject(m: cellmesh.v1.Scope, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Scope {
            interface $Properties {
                gameId?: (string|null);
                roomId?: (string|null);
                taskId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.Scope.$Properties;
        }

        interface IDeadLetter extends cellmesh.v1.DeadLetter.$Properties {
        }

        class DeadLetter {
            constructor(p?: cellmesh.v1.DeadLetter.$Properties);
            $unknowns?: Uint8Array[];
            service: string;
            originalSubject: string;
            streamSeq: number;
            deliveryCount: number;
            errorName: string;
            errorMessage: string;
            traceparent: string;
            payload: Uint8Array;
            failedAtMs: number;
            nodeId: string;
            static create(properties: cellmesh.v1.DeadLetter.$Shape): cellmesh.v1.DeadLetter & cellmesh.v1.DeadLetter.$Shape;
            static create(properties?: cellmesh.v1.DeadLetter.$Properties): cellmesh.v1.DeadLetter;
            static encode(m: cellmesh.v1.DeadLetter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.DeadLetter & cellmesh.v1.DeadLetter.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.DeadLetter;
            static toObject(m: cellmesh.v1.DeadLetter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeadLetter {
            interface $Properties {
                service?: (string|null);
                originalSubject?: (string|null);
                streamSeq?: (number|null);
                deliveryCount?: (number|null);
                errorName?: (string|null);
                errorMessage?: (string|null);
                traceparent?: (string|null);
                payload?: (Uint8Array|null);
                failedAtMs?: (number|null);
                nodeId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.DeadLetter.$Properties;
        }

        interface IErrorReply extends cellmesh.v1.ErrorReply.$Properties {
        }

        class ErrorReply {
            constructor(p?: cellmesh.v1.ErrorReply.$Properties);
            $unknowns?: Uint8Array[];
            code: string;
            message: string;
            static create(properties: cellmesh.v1.ErrorReply.$Shape): cellmesh.v1.ErrorReply & cellmesh.v1.ErrorReply.$Shape;
            static create(properties?: cellmesh.v1.ErrorReply.$Properties): cellmesh.v1.ErrorReply;
            static encode(m: cellmesh.v1.ErrorReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.ErrorReply & cellmesh.v1.ErrorReply.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.ErrorReply;
            static toObject(m: cellmesh.v1.ErrorReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ErrorReply {
            interface $Properties {
                code?: (string|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.ErrorReply.$Properties;
        }

        interface IHlc extends cellmesh.v1.Hlc.$Properties {
        }

        class Hlc {
            constructor(p?: cellmesh.v1.Hlc.$Properties);
            $unknowns?: Uint8Array[];
            wallMs: number;
            logical: number;
            nodeId: string;
            static create(properties: cellmesh.v1.Hlc.$Shape): cellmesh.v1.Hlc & cellmesh.v1.Hlc.$Shape;
            static create(properties?: cellmesh.v1.Hlc.$Properties): cellmesh.v1.Hlc;
            static encode(m: cellmesh.v1.Hlc.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.Hlc & cellmesh.v1.Hlc.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.Hlc;
            static toObject(m: cellmesh.v1.Hlc, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hlc {
            interface $Properties {
                wallMs?: (number|null);
                logical?: (number|null);
                nodeId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.Hlc.$Properties;
        }

        interface IKeyWrite extends cellmesh.v1.KeyWrite.$Properties {
        }

        class KeyWrite {
            constructor(p?: cellmesh.v1.KeyWrite.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            value: Uint8Array;
            delete: boolean;
            static create(properties: cellmesh.v1.KeyWrite.$Shape): cellmesh.v1.KeyWrite & cellmesh.v1.KeyWrite.$Shape;
            static create(properties?: cellmesh.v1.KeyWrite.$Properties): cellmesh.v1.KeyWrite;
            static encode(m: cellmesh.v1.KeyWrite.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.KeyWrite & cellmesh.v1.KeyWrite.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.KeyWrite;
            static toObject(m: cellmesh.v1.KeyWrite, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyWrite {
            interface $Properties {
                key?: (string|null);
                value?: (Uint8Array|null);
                "delete"?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.KeyWrite.$Properties;
        }

        enum ConflictPolicy {
            CONFLICT_POLICY_UNSPECIFIED = 0,
            CONFLICT_POLICY_LAST_WRITER_WINS = 1,
            CONFLICT_POLICY_CRDT_MERGE = 2,
            CONFLICT_POLICY_REJECT_STALE = 3
        }

        interface ICommitDelta extends cellmesh.v1.CommitDelta.$Properties {
        }

        class CommitDelta {
            constructor(p?: cellmesh.v1.CommitDelta.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            scope?: (cellmesh.v1.Scope.$Properties|null);
            baseVersion: number;
            version: number;
            writes: cellmesh.v1.KeyWrite.$Properties[];
            crdtUpdate: Uint8Array;
            hlc?: (cellmesh.v1.Hlc.$Properties|null);
            fencing?: (cellmesh.v1.FencingToken.$Properties|null);
            nodeId: string;
            static create(properties: cellmesh.v1.CommitDelta.$Shape): cellmesh.v1.CommitDelta & cellmesh.v1.CommitDelta.$Shape;
            static create(properties?: cellmesh.v1.CommitDelta.$Properties): cellmesh.v1.CommitDelta;
            static encode(m: cellmesh.v1.CommitDelta.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.CommitDelta & cellmesh.v1.CommitDelta.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.CommitDelta;
            static toObject(m: cellmesh.v1.CommitDelta, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommitDelta {
            interface $Properties {
                taskId?: (string|null);
                scope?: (cellmesh.v1.Scope.$Properties|null);
                baseVersion?: (number|null);
                version?: (number|null);
                writes?: (cellmesh.v1.KeyWrite.$Properties[]|null);
                crdtUpdate?: (Uint8Array|null);
                hlc?: (cellmesh.v1.Hlc.$Properties|null);
                fencing?: (cellmesh.v1.FencingToken.$Properties|null);
                nodeId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.CommitDelta.$Properties;
        }

        interface ICommitAck extends cellmesh.v1.CommitAck.$Properties {
        }

        class CommitAck {
            constructor(p?: cellmesh.v1.CommitAck.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            version: number;
            accepted: boolean;
            duplicate: boolean;
            reason: string;
            roomVersion: number;
            static create(properties: cellmesh.v1.CommitAck.$Shape): cellmesh.v1.CommitAck & cellmesh.v1.CommitAck.$Shape;
            static create(properties?: cellmesh.v1.CommitAck.$Properties): cellmesh.v1.CommitAck;
            static encode(m: cellmesh.v1.CommitAck.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.CommitAck & cellmesh.v1.CommitAck.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.CommitAck;
            static toObject(m: cellmesh.v1.CommitAck, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommitAck {
            interface $Properties {
                taskId?: (string|null);
                version?: (number|null);
                accepted?: (boolean|null);
                duplicate?: (boolean|null);
                reason?: (string|null);
                roomVersion?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.CommitAck.$Properties;
        }

        interface IKeyValue extends cellmesh.v1.KeyValue.$Properties {
        }

        class KeyValue {
            constructor(p?: cellmesh.v1.KeyValue.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            value: Uint8Array;
            hlc?: (cellmesh.v1.Hlc.$Properties|null);
            version: number;
            deleted: boolean;
            static create(properties: cellmesh.v1.KeyValue.$Shape): cellmesh.v1.KeyValue & cellmesh.v1.KeyValue.$Shape;
            static create(properties?: cellmesh.v1.KeyValue.$Properties): cellmesh.v1.KeyValue;
            static encode(m: cellmesh.v1.KeyValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.KeyValue & cellmesh.v1.KeyValue.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.KeyValue;
            static toObject(m: cellmesh.v1.KeyValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyValue {
            interface $Properties {
                key?: (string|null);
                value?: (Uint8Array|null);
                hlc?: (cellmesh.v1.Hlc.$Properties|null);
                version?: (number|null);
                deleted?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.KeyValue.$Properties;
        }

        interface ITaskVersions extends cellmesh.v1.TaskVersions.$Properties {
        }

        class TaskVersions {
            constructor(p?: cellmesh.v1.TaskVersions.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            versions: number[];
            static create(properties: cellmesh.v1.TaskVersions.$Shape): cellmesh.v1.TaskVersions & cellmesh.v1.TaskVersions.$Shape;
            static create(properties?: cellmesh.v1.TaskVersions.$Properties): cellmesh.v1.TaskVersions;
            static encode(m: cellmesh.v1.TaskVersions.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.TaskVersions & cellmesh.v1.TaskVersions.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.TaskVersions;
            static toObject(m: cellmesh.v1.TaskVersions, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskVersions {
            interface $Properties {
                taskId?: (string|null);
                versions?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.TaskVersions.$Properties;
        }

        interface IRoomState extends cellmesh.v1.RoomState.$Properties {
        }

        class RoomState {
            constructor(p?: cellmesh.v1.RoomState.$Properties);
            $unknowns?: Uint8Array[];
            gameId: string;
            roomId: string;
            version: number;
            entries: cellmesh.v1.KeyValue.$Properties[];
            crdtState: Uint8Array;
            updatedAtMs: number;
            policy: cellmesh.v1.ConflictPolicy;
            coldSeq: number;
            applied: cellmesh.v1.TaskVersions.$Properties[];
            lastCommitSeq: number;
            static create(properties: cellmesh.v1.RoomState.$Shape): cellmesh.v1.RoomState & cellmesh.v1.RoomState.$Shape;
            static create(properties?: cellmesh.v1.RoomState.$Properties): cellmesh.v1.RoomState;
            static encode(m: cellmesh.v1.RoomState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.RoomState & cellmesh.v1.RoomState.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.RoomState;
            static toObject(m: cellmesh.v1.RoomState, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RoomState {
            interface $Properties {
                gameId?: (string|null);
                roomId?: (string|null);
                version?: (number|null);
                entries?: (cellmesh.v1.KeyValue.$Properties[]|null);
                crdtState?: (Uint8Array|null);
                updatedAtMs?: (number|null);
                policy?: (cellmesh.v1.ConflictPolicy|null);
                coldSeq?: (number|null);
                applied?: (cellmesh.v1.TaskVersions.$Properties[]|null);
                lastCommitSeq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.RoomState.$Properties;
        }

        interface IHistoryEntry extends cellmesh.v1.HistoryEntry.$Properties {
        }

        class HistoryEntry {
            constructor(p?: cellmesh.v1.HistoryEntry.$Properties);
            $unknowns?: Uint8Array[];
            delta?: (cellmesh.v1.CommitDelta.$Properties|null);
            roomVersion: number;
            commitSeq: number;
            appliedAtMs: number;
            committerNodeId: string;
            policy: cellmesh.v1.ConflictPolicy;
            static create(properties: cellmesh.v1.HistoryEntry.$Shape): cellmesh.v1.HistoryEntry & cellmesh.v1.HistoryEntry.$Shape;
            static create(properties?: cellmesh.v1.HistoryEntry.$Properties): cellmesh.v1.HistoryEntry;
            static encode(m: cellmesh.v1.HistoryEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.HistoryEntry & cellmesh.v1.HistoryEntry.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.HistoryEntry;
            static toObject(m: cellmesh.v1.HistoryEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HistoryEntry {
            interface $Properties {
                delta?: (cellmesh.v1.CommitDelta.$Properties|null);
                roomVersion?: (number|null);
                commitSeq?: (number|null);
                appliedAtMs?: (number|null);
                committerNodeId?: (string|null);
                policy?: (cellmesh.v1.ConflictPolicy|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.HistoryEntry.$Properties;
        }

        interface IStateQuery extends cellmesh.v1.StateQuery.$Properties {
        }

        class StateQuery {
            constructor(p?: cellmesh.v1.StateQuery.$Properties);
            $unknowns?: Uint8Array[];
            gameId: string;
            roomId: string;
            atVersion: number;
            static create(properties: cellmesh.v1.StateQuery.$Shape): cellmesh.v1.StateQuery & cellmesh.v1.StateQuery.$Shape;
            static create(properties?: cellmesh.v1.StateQuery.$Properties): cellmesh.v1.StateQuery;
            static encode(m: cellmesh.v1.StateQuery.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.StateQuery & cellmesh.v1.StateQuery.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.StateQuery;
            static toObject(m: cellmesh.v1.StateQuery, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StateQuery {
            interface $Properties {
                gameId?: (string|null);
                roomId?: (string|null);
                atVersion?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.StateQuery.$Properties;
        }

        interface ILease extends cellmesh.v1.Lease.$Properties {
        }

        class Lease {
            constructor(p?: cellmesh.v1.Lease.$Properties);
            $unknowns?: Uint8Array[];
            clusterId: string;
            holder: string;
            term: number;
            acquiredAtMs: number;
            renewedAtMs: number;
            expiresAtMs: number;
            holderRank: number;
            static create(properties: cellmesh.v1.Lease.$Shape): cellmesh.v1.Lease & cellmesh.v1.Lease.$Shape;
            static create(properties?: cellmesh.v1.Lease.$Properties): cellmesh.v1.Lease;
            static encode(m: cellmesh.v1.Lease.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.Lease & cellmesh.v1.Lease.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.Lease;
            static toObject(m: cellmesh.v1.Lease, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Lease {
            interface $Properties {
                clusterId?: (string|null);
                holder?: (string|null);
                term?: (number|null);
                acquiredAtMs?: (number|null);
                renewedAtMs?: (number|null);
                expiresAtMs?: (number|null);
                holderRank?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.Lease.$Properties;
        }

        enum LeaderChangeReason {
            LEADER_CHANGE_REASON_UNSPECIFIED = 0,
            LEADER_CHANGE_REASON_ELECTED = 1,
            LEADER_CHANGE_REASON_LEASE_EXPIRED = 2,
            LEADER_CHANGE_REASON_RESIGNED = 3,
            LEADER_CHANGE_REASON_UNSTABLE_RTT = 4,
            LEADER_CHANGE_REASON_LEFT_CLUSTER = 5,
            LEADER_CHANGE_REASON_BETTER_CANDIDATE = 6
        }

        interface ILeaderChanged extends cellmesh.v1.LeaderChanged.$Properties {
        }

        class LeaderChanged {
            constructor(p?: cellmesh.v1.LeaderChanged.$Properties);
            $unknowns?: Uint8Array[];
            clusterId: string;
            oldHolder: string;
            newHolder: string;
            term: number;
            reason: cellmesh.v1.LeaderChangeReason;
            changedAtMs: number;
            detail: string;
            static create(properties: cellmesh.v1.LeaderChanged.$Shape): cellmesh.v1.LeaderChanged & cellmesh.v1.LeaderChanged.$Shape;
            static create(properties?: cellmesh.v1.LeaderChanged.$Properties): cellmesh.v1.LeaderChanged;
            static encode(m: cellmesh.v1.LeaderChanged.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.LeaderChanged & cellmesh.v1.LeaderChanged.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.LeaderChanged;
            static toObject(m: cellmesh.v1.LeaderChanged, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaderChanged {
            interface $Properties {
                clusterId?: (string|null);
                oldHolder?: (string|null);
                newHolder?: (string|null);
                term?: (number|null);
                reason?: (cellmesh.v1.LeaderChangeReason|null);
                changedAtMs?: (number|null);
                detail?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.LeaderChanged.$Properties;
        }

        interface IFencingToken extends cellmesh.v1.FencingToken.$Properties {
        }

        class FencingToken {
            constructor(p?: cellmesh.v1.FencingToken.$Properties);
            $unknowns?: Uint8Array[];
            clusterId: string;
            holder: string;
            term: number;
            acceptedAtMs: number;
            static create(properties: cellmesh.v1.FencingToken.$Shape): cellmesh.v1.FencingToken & cellmesh.v1.FencingToken.$Shape;
            static create(properties?: cellmesh.v1.FencingToken.$Properties): cellmesh.v1.FencingToken;
            static encode(m: cellmesh.v1.FencingToken.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.FencingToken & cellmesh.v1.FencingToken.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.FencingToken;
            static toObject(m: cellmesh.v1.FencingToken, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FencingToken {
            interface $Properties {
                clusterId?: (string|null);
                holder?: (string|null);
                term?: (number|null);
                acceptedAtMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.FencingToken.$Properties;
        }

        interface ITaskDispatch extends cellmesh.v1.TaskDispatch.$Properties {
        }

        class TaskDispatch {
            constructor(p?: cellmesh.v1.TaskDispatch.$Properties);
            $unknowns?: Uint8Array[];
            task?: (cellmesh.v1.TaskSubmit.$Properties|null);
            nodeId: string;
            gpuIndex: number;
            fencing?: (cellmesh.v1.FencingToken.$Properties|null);
            attempt: number;
            dispatchedAtMs: number;
            static create(properties: cellmesh.v1.TaskDispatch.$Shape): cellmesh.v1.TaskDispatch & cellmesh.v1.TaskDispatch.$Shape;
            static create(properties?: cellmesh.v1.TaskDispatch.$Properties): cellmesh.v1.TaskDispatch;
            static encode(m: cellmesh.v1.TaskDispatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.TaskDispatch & cellmesh.v1.TaskDispatch.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.TaskDispatch;
            static toObject(m: cellmesh.v1.TaskDispatch, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskDispatch {
            interface $Properties {
                task?: (cellmesh.v1.TaskSubmit.$Properties|null);
                nodeId?: (string|null);
                gpuIndex?: (number|null);
                fencing?: (cellmesh.v1.FencingToken.$Properties|null);
                attempt?: (number|null);
                dispatchedAtMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.TaskDispatch.$Properties;
        }

        enum TaskStatus {
            TASK_STATUS_UNSPECIFIED = 0,
            TASK_STATUS_SUCCEEDED = 1,
            TASK_STATUS_FAILED = 2,
            TASK_STATUS_TIMED_OUT = 3,
            TASK_STATUS_REJECTED = 4
        }

        interface ITaskResult extends cellmesh.v1.TaskResult.$Properties {
        }

        class TaskResult {
            constructor(p?: cellmesh.v1.TaskResult.$Properties);
            $unknowns?: Uint8Array[];
            scope?: (cellmesh.v1.Scope.$Properties|null);
            nodeId: string;
            status: cellmesh.v1.TaskStatus;
            error: string;
            output: Uint8Array;
            durationMs: number;
            gpuIndex: number;
            gpuUuid: string;
            vramUsedMib: number;
            emulated: boolean;
            finishedAtMs: number;
            committedVersion: number;
            kind: string;
            static create(properties: cellmesh.v1.TaskResult.$Shape): cellmesh.v1.TaskResult & cellmesh.v1.TaskResult.$Shape;
            static create(properties?: cellmesh.v1.TaskResult.$Properties): cellmesh.v1.TaskResult;
            static encode(m: cellmesh.v1.TaskResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.TaskResult & cellmesh.v1.TaskResult.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.TaskResult;
            static toObject(m: cellmesh.v1.TaskResult, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskResult {
            interface $Properties {
                scope?: (cellmesh.v1.Scope.$Properties|null);
                nodeId?: (string|null);
                status?: (cellmesh.v1.TaskStatus|null);
                error?: (string|null);
                output?: (Uint8Array|null);
                durationMs?: (number|null);
                gpuIndex?: (number|null);
                gpuUuid?: (string|null);
                vramUsedMib?: (number|null);
                emulated?: (boolean|null);
                finishedAtMs?: (number|null);
                committedVersion?: (number|null);
                kind?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.TaskResult.$Properties;
        }

        interface IRenderChunk extends cellmesh.v1.RenderChunk.$Properties {
        }

        class RenderChunk {
            constructor(p?: cellmesh.v1.RenderChunk.$Properties);
            $unknowns?: Uint8Array[];
            scope?: (cellmesh.v1.Scope.$Properties|null);
            seq: number;
            total: number;
            data: Uint8Array;
            contentType: string;
            static create(properties: cellmesh.v1.RenderChunk.$Shape): cellmesh.v1.RenderChunk & cellmesh.v1.RenderChunk.$Shape;
            static create(properties?: cellmesh.v1.RenderChunk.$Properties): cellmesh.v1.RenderChunk;
            static encode(m: cellmesh.v1.RenderChunk.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.RenderChunk & cellmesh.v1.RenderChunk.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.RenderChunk;
            static toObject(m: cellmesh.v1.RenderChunk, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RenderChunk {
            interface $Properties {
                scope?: (cellmesh.v1.Scope.$Properties|null);
                seq?: (number|null);
                total?: (number|null);
                data?: (Uint8Array|null);
                contentType?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.RenderChunk.$Properties;
        }

        enum TaskProfile {
            TASK_PROFILE_UNSPECIFIED = 0,
            TASK_PROFILE_LATENCY_SENSITIVE = 1,
            TASK_PROFILE_THROUGHPUT = 2,
            TASK_PROFILE_BATCH = 3
        }

        enum ResourceHint {
            RESOURCE_HINT_UNSPECIFIED = 0,
            RESOURCE_HINT_GPU_REQUIRED = 1,
            RESOURCE_HINT_CPU_ONLY = 2,
            RESOURCE_HINT_MEMORY_HEAVY = 3
        }

        interface ITaskSubmit extends cellmesh.v1.TaskSubmit.$Properties {
        }

        class TaskSubmit {
            constructor(p?: cellmesh.v1.TaskSubmit.$Properties);
            $unknowns?: Uint8Array[];
            scope?: (cellmesh.v1.Scope.$Properties|null);
            profile: cellmesh.v1.TaskProfile;
            hints: cellmesh.v1.ResourceHint[];
            cpuMillis: number;
            memoryMib: number;
            vramMib: number;
            originNode: string;
            deadlineMs: number;
            kind: string;
            payload: Uint8Array;
            submittedAtMs: number;
            homeCell: string;
            spilledBecause: string;
            static create(properties: cellmesh.v1.TaskSubmit.$Shape): cellmesh.v1.TaskSubmit & cellmesh.v1.TaskSubmit.$Shape;
            static create(properties?: cellmesh.v1.TaskSubmit.$Properties): cellmesh.v1.TaskSubmit;
            static encode(m: cellmesh.v1.TaskSubmit.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.TaskSubmit & cellmesh.v1.TaskSubmit.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.TaskSubmit;
            static toObject(m: cellmesh.v1.TaskSubmit, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskSubmit {
            interface $Properties {
                scope?: (cellmesh.v1.Scope.$Properties|null);
                profile?: (cellmesh.v1.TaskProfile|null);
                hints?: (cellmesh.v1.ResourceHint[]|null);
                cpuMillis?: (number|null);
                memoryMib?: (number|null);
                vramMib?: (number|null);
                originNode?: (string|null);
                deadlineMs?: (number|null);
                kind?: (string|null);
                payload?: (Uint8Array|null);
                submittedAtMs?: (number|null);
                homeCell?: (string|null);
                spilledBecause?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.TaskSubmit.$Properties;
        }

        interface IPluginScore extends cellmesh.v1.PluginScore.$Properties {
        }

        class PluginScore {
            constructor(p?: cellmesh.v1.PluginScore.$Properties);
            $unknowns?: Uint8Array[];
            plugin: string;
            raw: number;
            normalized: number;
            weight: number;
            static create(properties: cellmesh.v1.PluginScore.$Shape): cellmesh.v1.PluginScore & cellmesh.v1.PluginScore.$Shape;
            static create(properties?: cellmesh.v1.PluginScore.$Properties): cellmesh.v1.PluginScore;
            static encode(m: cellmesh.v1.PluginScore.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.PluginScore & cellmesh.v1.PluginScore.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.PluginScore;
            static toObject(m: cellmesh.v1.PluginScore, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PluginScore {
            interface $Properties {
                plugin?: (string|null);
                raw?: (number|null);
                normalized?: (number|null);
                weight?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.PluginScore.$Properties;
        }

        interface ICandidateVerdict extends cellmesh.v1.CandidateVerdict.$Properties {
        }

        class CandidateVerdict {
            constructor(p?: cellmesh.v1.CandidateVerdict.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            feasible: boolean;
            rejectedBy: string;
            reason: string;
            scores: cellmesh.v1.PluginScore.$Properties[];
            finalScore: number;
            static create(properties: cellmesh.v1.CandidateVerdict.$Shape): cellmesh.v1.CandidateVerdict & cellmesh.v1.CandidateVerdict.$Shape;
            static create(properties?: cellmesh.v1.CandidateVerdict.$Properties): cellmesh.v1.CandidateVerdict;
            static encode(m: cellmesh.v1.CandidateVerdict.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.CandidateVerdict & cellmesh.v1.CandidateVerdict.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.CandidateVerdict;
            static toObject(m: cellmesh.v1.CandidateVerdict, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CandidateVerdict {
            interface $Properties {
                nodeId?: (string|null);
                feasible?: (boolean|null);
                rejectedBy?: (string|null);
                reason?: (string|null);
                scores?: (cellmesh.v1.PluginScore.$Properties[]|null);
                finalScore?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.CandidateVerdict.$Properties;
        }

        enum PlacementOutcome {
            PLACEMENT_OUTCOME_UNSPECIFIED = 0,
            PLACEMENT_OUTCOME_PLACED = 1,
            PLACEMENT_OUTCOME_QUEUED = 2,
            PLACEMENT_OUTCOME_REJECTED = 3
        }

        interface IPlacementReceipt extends cellmesh.v1.PlacementReceipt.$Properties {
        }

        class PlacementReceipt {
            constructor(p?: cellmesh.v1.PlacementReceipt.$Properties);
            $unknowns?: Uint8Array[];
            scope?: (cellmesh.v1.Scope.$Properties|null);
            outcome: cellmesh.v1.PlacementOutcome;
            chosenNode: string;
            gpuIndex: number;
            rule: string;
            rejectReason: string;
            candidates: cellmesh.v1.CandidateVerdict.$Properties[];
            profile: cellmesh.v1.TaskProfile;
            decidedAtMs: number;
            decisionLatencyMs: number;
            schedulerNode: string;
            fencing?: (cellmesh.v1.FencingToken.$Properties|null);
            attempt: number;
            traceId: string;
            candidatesOmitted: number;
            static create(properties: cellmesh.v1.PlacementReceipt.$Shape): cellmesh.v1.PlacementReceipt & cellmesh.v1.PlacementReceipt.$Shape;
            static create(properties?: cellmesh.v1.PlacementReceipt.$Properties): cellmesh.v1.PlacementReceipt;
            static encode(m: cellmesh.v1.PlacementReceipt.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.PlacementReceipt & cellmesh.v1.PlacementReceipt.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.PlacementReceipt;
            static toObject(m: cellmesh.v1.PlacementReceipt, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlacementReceipt {
            interface $Properties {
                scope?: (cellmesh.v1.Scope.$Properties|null);
                outcome?: (cellmesh.v1.PlacementOutcome|null);
                chosenNode?: (string|null);
                gpuIndex?: (number|null);
                rule?: (string|null);
                rejectReason?: (string|null);
                candidates?: (cellmesh.v1.CandidateVerdict.$Properties[]|null);
                profile?: (cellmesh.v1.TaskProfile|null);
                decidedAtMs?: (number|null);
                decisionLatencyMs?: (number|null);
                schedulerNode?: (string|null);
                fencing?: (cellmesh.v1.FencingToken.$Properties|null);
                attempt?: (number|null);
                traceId?: (string|null);
                candidatesOmitted?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.PlacementReceipt.$Properties;
        }

        interface ISubmitAck extends cellmesh.v1.SubmitAck.$Properties {
        }

        class SubmitAck {
            constructor(p?: cellmesh.v1.SubmitAck.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            accepted: boolean;
            receipt?: (cellmesh.v1.PlacementReceipt.$Properties|null);
            error: string;
            static create(properties: cellmesh.v1.SubmitAck.$Shape): cellmesh.v1.SubmitAck & cellmesh.v1.SubmitAck.$Shape;
            static create(properties?: cellmesh.v1.SubmitAck.$Properties): cellmesh.v1.SubmitAck;
            static encode(m: cellmesh.v1.SubmitAck.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.SubmitAck & cellmesh.v1.SubmitAck.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.SubmitAck;
            static toObject(m: cellmesh.v1.SubmitAck, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubmitAck {
            interface $Properties {
                taskId?: (string|null);
                accepted?: (boolean|null);
                receipt?: (cellmesh.v1.PlacementReceipt.$Properties|null);
                error?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.SubmitAck.$Properties;
        }

        interface INetCoord extends cellmesh.v1.NetCoord.$Properties {
        }

        class NetCoord {
            constructor(p?: cellmesh.v1.NetCoord.$Properties);
            $unknowns?: Uint8Array[];
            vec: number[];
            height: number;
            error: number;
            static create(properties: cellmesh.v1.NetCoord.$Shape): cellmesh.v1.NetCoord & cellmesh.v1.NetCoord.$Shape;
            static create(properties?: cellmesh.v1.NetCoord.$Properties): cellmesh.v1.NetCoord;
            static encode(m: cellmesh.v1.NetCoord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.NetCoord & cellmesh.v1.NetCoord.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.NetCoord;
            static toObject(m: cellmesh.v1.NetCoord, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetCoord {
            interface $Properties {
                vec?: (number[]|null);
                height?: (number|null);
                error?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.NetCoord.$Properties;
        }

        interface IGpuDevice extends cellmesh.v1.GpuDevice.$Properties {
        }

        class GpuDevice {
            constructor(p?: cellmesh.v1.GpuDevice.$Properties);
            $unknowns?: Uint8Array[];
            index: number;
            uuid: string;
            name: string;
            memoryTotalMib: number;
            memoryUsedMib: number;
            utilizationPct: number;
            emulated: boolean;
            static create(properties: cellmesh.v1.GpuDevice.$Shape): cellmesh.v1.GpuDevice & cellmesh.v1.GpuDevice.$Shape;
            static create(properties?: cellmesh.v1.GpuDevice.$Properties): cellmesh.v1.GpuDevice;
            static encode(m: cellmesh.v1.GpuDevice.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.GpuDevice & cellmesh.v1.GpuDevice.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.GpuDevice;
            static toObject(m: cellmesh.v1.GpuDevice, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GpuDevice {
            interface $Properties {
                index?: (number|null);
                uuid?: (string|null);
                name?: (string|null);
                memoryTotalMib?: (number|null);
                memoryUsedMib?: (number|null);
                utilizationPct?: (number|null);
                emulated?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.GpuDevice.$Properties;
        }

        interface IDataStateUsage extends cellmesh.v1.DataStateUsage.$Properties {
        }

        class DataStateUsage {
            constructor(p?: cellmesh.v1.DataStateUsage.$Properties);
            $unknowns?: Uint8Array[];
            hotBytes: number;
            warmBytes: number;
            coldBytes: number;
            commitBacklog: number;
            static create(properties: cellmesh.v1.DataStateUsage.$Shape): cellmesh.v1.DataStateUsage & cellmesh.v1.DataStateUsage.$Shape;
            static create(properties?: cellmesh.v1.DataStateUsage.$Properties): cellmesh.v1.DataStateUsage;
            static encode(m: cellmesh.v1.DataStateUsage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.DataStateUsage & cellmesh.v1.DataStateUsage.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.DataStateUsage;
            static toObject(m: cellmesh.v1.DataStateUsage, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DataStateUsage {
            interface $Properties {
                hotBytes?: (number|null);
                warmBytes?: (number|null);
                coldBytes?: (number|null);
                commitBacklog?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.DataStateUsage.$Properties;
        }

        interface INodeMetrics extends cellmesh.v1.NodeMetrics.$Properties {
        }

        class NodeMetrics {
            constructor(p?: cellmesh.v1.NodeMetrics.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            site: string;
            sampledAtMs: number;
            cpuCores: number;
            cpuLoadPct: number;
            memTotalBytes: number;
            memUsedBytes: number;
            queueDepth: number;
            runningTasks: number;
            gpus: cellmesh.v1.GpuDevice.$Properties[];
            datastate?: (cellmesh.v1.DataStateUsage.$Properties|null);
            coord?: (cellmesh.v1.NetCoord.$Properties|null);
            draining: boolean;
            uplinkMbps: number;
            relayLoad: number;
            clusterId: string;
            emulated: boolean;
            startedAtMs: number;
            netRxBytesPerS: number;
            netTxBytesPerS: number;
            uplinkBytesPerS: number;
            downlinkBytesPerS: number;
            downlinkMbps: number;
            uplinkSaturation: number;
            downlinkSaturation: number;
            relayBytesPerS: number;
            role: string;
            refusesIsolatedCompute: boolean;
            relayMsgsPerS: number;
            snapshotIntervalMs: number;
            static create(properties: cellmesh.v1.NodeMetrics.$Shape): cellmesh.v1.NodeMetrics & cellmesh.v1.NodeMetrics.$Shape;
            static create(properties?: cellmesh.v1.NodeMetrics.$Properties): cellmesh.v1.NodeMetrics;
            static encode(m: cellmesh.v1.NodeMetrics.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.NodeMetrics & cellmesh.v1.NodeMetrics.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.NodeMetrics;
            static toObject(m: cellmesh.v1.NodeMetrics, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeMetrics {
            interface $Properties {
                nodeId?: (string|null);
                site?: (string|null);
                sampledAtMs?: (number|null);
                cpuCores?: (number|null);
                cpuLoadPct?: (number|null);
                memTotalBytes?: (number|null);
                memUsedBytes?: (number|null);
                queueDepth?: (number|null);
                runningTasks?: (number|null);
                gpus?: (cellmesh.v1.GpuDevice.$Properties[]|null);
                datastate?: (cellmesh.v1.DataStateUsage.$Properties|null);
                coord?: (cellmesh.v1.NetCoord.$Properties|null);
                draining?: (boolean|null);
                uplinkMbps?: (number|null);
                relayLoad?: (number|null);
                clusterId?: (string|null);
                emulated?: (boolean|null);
                startedAtMs?: (number|null);
                netRxBytesPerS?: (number|null);
                netTxBytesPerS?: (number|null);
                uplinkBytesPerS?: (number|null);
                downlinkBytesPerS?: (number|null);
                downlinkMbps?: (number|null);
                uplinkSaturation?: (number|null);
                downlinkSaturation?: (number|null);
                relayBytesPerS?: (number|null);
                role?: (string|null);
                refusesIsolatedCompute?: (boolean|null);
                relayMsgsPerS?: (number|null);
                snapshotIntervalMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.NodeMetrics.$Properties;
        }

        interface IProbeRequest extends cellmesh.v1.ProbeRequest.$Properties {
        }

        class ProbeRequest {
            constructor(p?: cellmesh.v1.ProbeRequest.$Properties);
            $unknowns?: Uint8Array[];
            fromNode: string;
            seq: number;
            sentAtMs: number;
            padding: Uint8Array;
            lastSeq: number;
            lastRttMs: number;
            static create(properties: cellmesh.v1.ProbeRequest.$Shape): cellmesh.v1.ProbeRequest & cellmesh.v1.ProbeRequest.$Shape;
            static create(properties?: cellmesh.v1.ProbeRequest.$Properties): cellmesh.v1.ProbeRequest;
            static encode(m: cellmesh.v1.ProbeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.ProbeRequest & cellmesh.v1.ProbeRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.ProbeRequest;
            static toObject(m: cellmesh.v1.ProbeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProbeRequest {
            interface $Properties {
                fromNode?: (string|null);
                seq?: (number|null);
                sentAtMs?: (number|null);
                padding?: (Uint8Array|null);
                lastSeq?: (number|null);
                lastRttMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.ProbeRequest.$Properties;
        }

        interface IProbeReply extends cellmesh.v1.ProbeReply.$Properties {
        }

        class ProbeReply {
            constructor(p?: cellmesh.v1.ProbeReply.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            seq: number;
            echoedSentAtMs: number;
            coord?: (cellmesh.v1.NetCoord.$Properties|null);
            paddingBytes: number;
            static create(properties: cellmesh.v1.ProbeReply.$Shape): cellmesh.v1.ProbeReply & cellmesh.v1.ProbeReply.$Shape;
            static create(properties?: cellmesh.v1.ProbeReply.$Properties): cellmesh.v1.ProbeReply;
            static encode(m: cellmesh.v1.ProbeReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.ProbeReply & cellmesh.v1.ProbeReply.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.ProbeReply;
            static toObject(m: cellmesh.v1.ProbeReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProbeReply {
            interface $Properties {
                nodeId?: (string|null);
                seq?: (number|null);
                echoedSentAtMs?: (number|null);
                coord?: (cellmesh.v1.NetCoord.$Properties|null);
                paddingBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.ProbeReply.$Properties;
        }

        interface IPeerLink extends cellmesh.v1.PeerLink.$Properties {
        }

        class PeerLink {
            constructor(p?: cellmesh.v1.PeerLink.$Properties);
            $unknowns?: Uint8Array[];
            peerId: string;
            rttMs: number;
            jitterMs: number;
            lossRatio: number;
            throughputMbps: number;
            samples: number;
            measured: boolean;
            estimateError: number;
            updatedAtMs: number;
            emulated: boolean;
            smoothedRttMs: number;
            static create(properties: cellmesh.v1.PeerLink.$Shape): cellmesh.v1.PeerLink & cellmesh.v1.PeerLink.$Shape;
            static create(properties?: cellmesh.v1.PeerLink.$Properties): cellmesh.v1.PeerLink;
            static encode(m: cellmesh.v1.PeerLink.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.PeerLink & cellmesh.v1.PeerLink.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.PeerLink;
            static toObject(m: cellmesh.v1.PeerLink, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PeerLink {
            interface $Properties {
                peerId?: (string|null);
                rttMs?: (number|null);
                jitterMs?: (number|null);
                lossRatio?: (number|null);
                throughputMbps?: (number|null);
                samples?: (number|null);
                measured?: (boolean|null);
                estimateError?: (number|null);
                updatedAtMs?: (number|null);
                emulated?: (boolean|null);
                smoothedRttMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.PeerLink.$Properties;
        }

        interface IPeerTable extends cellmesh.v1.PeerTable.$Properties {
        }

        class PeerTable {
            constructor(p?: cellmesh.v1.PeerTable.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            coord?: (cellmesh.v1.NetCoord.$Properties|null);
            links: cellmesh.v1.PeerLink.$Properties[];
            updatedAtMs: number;
            static create(properties: cellmesh.v1.PeerTable.$Shape): cellmesh.v1.PeerTable & cellmesh.v1.PeerTable.$Shape;
            static create(properties?: cellmesh.v1.PeerTable.$Properties): cellmesh.v1.PeerTable;
            static encode(m: cellmesh.v1.PeerTable.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.PeerTable & cellmesh.v1.PeerTable.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.PeerTable;
            static toObject(m: cellmesh.v1.PeerTable, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PeerTable {
            interface $Properties {
                nodeId?: (string|null);
                coord?: (cellmesh.v1.NetCoord.$Properties|null);
                links?: (cellmesh.v1.PeerLink.$Properties[]|null);
                updatedAtMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.PeerTable.$Properties;
        }

        interface ILoadReport extends cellmesh.v1.LoadReport.$Properties {
        }

        class LoadReport {
            constructor(p?: cellmesh.v1.LoadReport.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            source: string;
            queueDepth: number;
            runningTasks: number;
            datastate?: (cellmesh.v1.DataStateUsage.$Properties|null);
            reportedAtMs: number;
            static create(properties: cellmesh.v1.LoadReport.$Shape): cellmesh.v1.LoadReport & cellmesh.v1.LoadReport.$Shape;
            static create(properties?: cellmesh.v1.LoadReport.$Properties): cellmesh.v1.LoadReport;
            static encode(m: cellmesh.v1.LoadReport.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.LoadReport & cellmesh.v1.LoadReport.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.LoadReport;
            static toObject(m: cellmesh.v1.LoadReport, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoadReport {
            interface $Properties {
                nodeId?: (string|null);
                source?: (string|null);
                queueDepth?: (number|null);
                runningTasks?: (number|null);
                datastate?: (cellmesh.v1.DataStateUsage.$Properties|null);
                reportedAtMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.LoadReport.$Properties;
        }

        interface IMetricsQuery extends cellmesh.v1.MetricsQuery.$Properties {
        }

        class MetricsQuery {
            constructor(p?: cellmesh.v1.MetricsQuery.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            peerId: string;
            clusterId: string;
            static create(properties: cellmesh.v1.MetricsQuery.$Shape): cellmesh.v1.MetricsQuery & cellmesh.v1.MetricsQuery.$Shape;
            static create(properties?: cellmesh.v1.MetricsQuery.$Properties): cellmesh.v1.MetricsQuery;
            static encode(m: cellmesh.v1.MetricsQuery.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.MetricsQuery & cellmesh.v1.MetricsQuery.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.MetricsQuery;
            static toObject(m: cellmesh.v1.MetricsQuery, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetricsQuery {
            interface $Properties {
                nodeId?: (string|null);
                peerId?: (string|null);
                clusterId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.MetricsQuery.$Properties;
        }

        interface ILocalMetrics extends cellmesh.v1.LocalMetrics.$Properties {
        }

        class LocalMetrics {
            constructor(p?: cellmesh.v1.LocalMetrics.$Properties);
            $unknowns?: Uint8Array[];
            node?: (cellmesh.v1.NodeMetrics.$Properties|null);
            peers?: (cellmesh.v1.PeerTable.$Properties|null);
            static create(properties: cellmesh.v1.LocalMetrics.$Shape): cellmesh.v1.LocalMetrics & cellmesh.v1.LocalMetrics.$Shape;
            static create(properties?: cellmesh.v1.LocalMetrics.$Properties): cellmesh.v1.LocalMetrics;
            static encode(m: cellmesh.v1.LocalMetrics.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.LocalMetrics & cellmesh.v1.LocalMetrics.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.LocalMetrics;
            static toObject(m: cellmesh.v1.LocalMetrics, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LocalMetrics {
            interface $Properties {
                node?: (cellmesh.v1.NodeMetrics.$Properties|null);
                peers?: (cellmesh.v1.PeerTable.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.LocalMetrics.$Properties;
        }

        interface IClusterMetrics extends cellmesh.v1.ClusterMetrics.$Properties {
        }

        class ClusterMetrics {
            constructor(p?: cellmesh.v1.ClusterMetrics.$Properties);
            $unknowns?: Uint8Array[];
            clusterId: string;
            members: string[];
            membershipSource: string;
            nodes: cellmesh.v1.NodeMetrics.$Properties[];
            missing: string[];
            peerTables: cellmesh.v1.PeerTable.$Properties[];
            totalCpuCores: number;
            meanCpuLoadPct: number;
            memTotalBytes: number;
            memUsedBytes: number;
            queueDepth: number;
            runningTasks: number;
            gpuCount: number;
            vramTotalMib: number;
            vramFreeMib: number;
            measuredLinks: number;
            medianRttMs: number;
            maxRttMs: number;
            meanJitterMs: number;
            maxLossRatio: number;
            computedAtMs: number;
            emulated: boolean;
            static create(properties: cellmesh.v1.ClusterMetrics.$Shape): cellmesh.v1.ClusterMetrics & cellmesh.v1.ClusterMetrics.$Shape;
            static create(properties?: cellmesh.v1.ClusterMetrics.$Properties): cellmesh.v1.ClusterMetrics;
            static encode(m: cellmesh.v1.ClusterMetrics.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.ClusterMetrics & cellmesh.v1.ClusterMetrics.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.ClusterMetrics;
            static toObject(m: cellmesh.v1.ClusterMetrics, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClusterMetrics {
            interface $Properties {
                clusterId?: (string|null);
                members?: (string[]|null);
                membershipSource?: (string|null);
                nodes?: (cellmesh.v1.NodeMetrics.$Properties[]|null);
                missing?: (string[]|null);
                peerTables?: (cellmesh.v1.PeerTable.$Properties[]|null);
                totalCpuCores?: (number|null);
                meanCpuLoadPct?: (number|null);
                memTotalBytes?: (number|null);
                memUsedBytes?: (number|null);
                queueDepth?: (number|null);
                runningTasks?: (number|null);
                gpuCount?: (number|null);
                vramTotalMib?: (number|null);
                vramFreeMib?: (number|null);
                measuredLinks?: (number|null);
                medianRttMs?: (number|null);
                maxRttMs?: (number|null);
                meanJitterMs?: (number|null);
                maxLossRatio?: (number|null);
                computedAtMs?: (number|null);
                emulated?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.ClusterMetrics.$Properties;
        }

        interface IClusterAnnounce extends cellmesh.v1.ClusterAnnounce.$Properties {
        }

        class ClusterAnnounce {
            constructor(p?: cellmesh.v1.ClusterAnnounce.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            clusterId: string;
            round: number;
            coord?: (cellmesh.v1.NetCoord.$Properties|null);
            acceptsComputeHeavy: boolean;
            fanoutLimit: number;
            relayId: string;
            parentId: string;
            announcedAtMs: number;
            site: string;
            clusterHops: number;
            because: string;
            emulated: boolean;
            static create(properties: cellmesh.v1.ClusterAnnounce.$Shape): cellmesh.v1.ClusterAnnounce & cellmesh.v1.ClusterAnnounce.$Shape;
            static create(properties?: cellmesh.v1.ClusterAnnounce.$Properties): cellmesh.v1.ClusterAnnounce;
            static encode(m: cellmesh.v1.ClusterAnnounce.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.ClusterAnnounce & cellmesh.v1.ClusterAnnounce.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.ClusterAnnounce;
            static toObject(m: cellmesh.v1.ClusterAnnounce, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClusterAnnounce {
            interface $Properties {
                nodeId?: (string|null);
                clusterId?: (string|null);
                round?: (number|null);
                coord?: (cellmesh.v1.NetCoord.$Properties|null);
                acceptsComputeHeavy?: (boolean|null);
                fanoutLimit?: (number|null);
                relayId?: (string|null);
                parentId?: (string|null);
                announcedAtMs?: (number|null);
                site?: (string|null);
                clusterHops?: (number|null);
                because?: (string|null);
                emulated?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.ClusterAnnounce.$Properties;
        }

        interface INeighbourList extends cellmesh.v1.NeighbourList.$Properties {
        }

        class NeighbourList {
            constructor(p?: cellmesh.v1.NeighbourList.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            clusterId: string;
            closePeers: string[];
            fallbackRelay: string;
            fanoutLimit: number;
            parentId: string;
            acceptsComputeHeavy: boolean;
            updatedAtMs: number;
            static create(properties: cellmesh.v1.NeighbourList.$Shape): cellmesh.v1.NeighbourList & cellmesh.v1.NeighbourList.$Shape;
            static create(properties?: cellmesh.v1.NeighbourList.$Properties): cellmesh.v1.NeighbourList;
            static encode(m: cellmesh.v1.NeighbourList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.NeighbourList & cellmesh.v1.NeighbourList.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.NeighbourList;
            static toObject(m: cellmesh.v1.NeighbourList, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NeighbourList {
            interface $Properties {
                nodeId?: (string|null);
                clusterId?: (string|null);
                closePeers?: (string[]|null);
                fallbackRelay?: (string|null);
                fanoutLimit?: (number|null);
                parentId?: (string|null);
                acceptsComputeHeavy?: (boolean|null);
                updatedAtMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.NeighbourList.$Properties;
        }

        interface IClusterState extends cellmesh.v1.ClusterState.$Properties {
        }

        class ClusterState {
            constructor(p?: cellmesh.v1.ClusterState.$Properties);
            $unknowns?: Uint8Array[];
            clusterId: string;
            members: string[];
            computeHeavyMembers: string[];
            leaderId: string;
            leaderTerm: number;
            updatedAtMs: number;
            static create(properties: cellmesh.v1.ClusterState.$Shape): cellmesh.v1.ClusterState & cellmesh.v1.ClusterState.$Shape;
            static create(properties?: cellmesh.v1.ClusterState.$Properties): cellmesh.v1.ClusterState;
            static encode(m: cellmesh.v1.ClusterState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.ClusterState & cellmesh.v1.ClusterState.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.ClusterState;
            static toObject(m: cellmesh.v1.ClusterState, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClusterState {
            interface $Properties {
                clusterId?: (string|null);
                members?: (string[]|null);
                computeHeavyMembers?: (string[]|null);
                leaderId?: (string|null);
                leaderTerm?: (number|null);
                updatedAtMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.ClusterState.$Properties;
        }

        interface ICellSummary extends cellmesh.v1.CellSummary.$Properties {
        }

        class CellSummary {
            constructor(p?: cellmesh.v1.CellSummary.$Properties);
            $unknowns?: Uint8Array[];
            cellId: string;
            schedulerNode: string;
            term: number;
            nodes: string[];
            nodeCount: number;
            freeCores: number;
            largestFreeVramMb: number;
            gpus: number;
            publishedAtMs: number;
            static create(properties: cellmesh.v1.CellSummary.$Shape): cellmesh.v1.CellSummary & cellmesh.v1.CellSummary.$Shape;
            static create(properties?: cellmesh.v1.CellSummary.$Properties): cellmesh.v1.CellSummary;
            static encode(m: cellmesh.v1.CellSummary.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): cellmesh.v1.CellSummary & cellmesh.v1.CellSummary.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): cellmesh.v1.CellSummary;
            static toObject(m: cellmesh.v1.CellSummary, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CellSummary {
            interface $Properties {
                cellId?: (string|null);
                schedulerNode?: (string|null);
                term?: (number|null);
                nodes?: (string[]|null);
                nodeCount?: (number|null);
                freeCores?: (number|null);
                largestFreeVramMb?: (number|null);
                gpus?: (number|null);
                publishedAtMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = cellmesh.v1.CellSummary.$Properties;
        }
    }
}
