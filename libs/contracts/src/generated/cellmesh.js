/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.cellmesh = (function() {

    /**
     * Namespace cellmesh.
     * @exports cellmesh
     * @namespace
     */
    var cellmesh = {};

    cellmesh.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof cellmesh
         * @namespace
         */
        var v1 = {};

        v1.Scope = (function() {

            /**
             * Properties of a Scope.
             * @typedef {Object} cellmesh.v1.Scope.$Properties
             * @property {string|null} [gameId] Scope gameId
             * @property {string|null} [roomId] Scope roomId
             * @property {string|null} [taskId] Scope taskId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Scope.
             * @memberof cellmesh.v1
             * @interface IScope
             * @augments cellmesh.v1.Scope.$Properties
             * @deprecated Use cellmesh.v1.Scope.$Properties instead.
             */

            /**
             * Shape of a Scope.
             * @typedef {cellmesh.v1.Scope.$Properties} cellmesh.v1.Scope.$Shape
             */

            /**
             * Constructs a new Scope.
             * @memberof cellmesh.v1
             * @classdesc Represents a Scope.
             * @constructor
             * @param {cellmesh.v1.Scope.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Scope = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Scope gameId.
             * @member {string} gameId
             * @memberof cellmesh.v1.Scope
             * @instance
             */
            Scope.prototype.gameId = "";

            /**
             * Scope roomId.
             * @member {string} roomId
             * @memberof cellmesh.v1.Scope
             * @instance
             */
            Scope.prototype.roomId = "";

            /**
             * Scope taskId.
             * @member {string} taskId
             * @memberof cellmesh.v1.Scope
             * @instance
             */
            Scope.prototype.taskId = "";

            /**
             * Creates a new Scope instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.Scope
             * @static
             * @param {cellmesh.v1.Scope.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.Scope} Scope instance
             * @type {{
             *   (properties: cellmesh.v1.Scope.$Shape): cellmesh.v1.Scope & cellmesh.v1.Scope.$Shape;
             *   (properties?: cellmesh.v1.Scope.$Properties): cellmesh.v1.Scope;
             * }}
             */
            Scope.create = function(properties) {
                return new Scope(properties);
            };

            /**
             * Encodes the specified Scope message. Does not implicitly {@link cellmesh.v1.Scope.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.Scope
             * @static
             * @param {cellmesh.v1.Scope.$Properties} m Scope message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Scope.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.gameId != null && $Object.hasOwnProperty.call(m, "gameId") && m.gameId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.gameId);
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId") && m.roomId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.roomId);
                if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId") && m.taskId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.taskId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Scope message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.Scope
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.Scope & cellmesh.v1.Scope.$Shape} Scope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Scope.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.Scope();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.gameId = v;
                            else
                                delete m.gameId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.roomId = v;
                            else
                                delete m.roomId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.taskId = v;
                            else
                                delete m.taskId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a Scope message.
             * @function verify
             * @memberof cellmesh.v1.Scope
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Scope.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.gameId != null && $Object.hasOwnProperty.call(m, "gameId")) {
                    if (!$util.isString(m.gameId))
                        return "gameId: string expected";
                }
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId")) {
                    if (!$util.isString(m.roomId))
                        return "roomId: string expected";
                }
                if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId")) {
                    if (!$util.isString(m.taskId))
                        return "taskId: string expected";
                }
                return null;
            };

            /**
             * Creates a Scope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.Scope
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.Scope} Scope
             */
            Scope.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.Scope)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.Scope: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.Scope();
                if (d.gameId != null) {
                    if (typeof d.gameId !== "string" || d.gameId.length) {
                        m.gameId = $String(d.gameId);
                    }
                }
                if (d.roomId != null) {
                    if (typeof d.roomId !== "string" || d.roomId.length) {
                        m.roomId = $String(d.roomId);
                    }
                }
                if (d.taskId != null) {
                    if (typeof d.taskId !== "string" || d.taskId.length) {
                        m.taskId = $String(d.taskId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Scope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.Scope
             * @static
             * @param {cellmesh.v1.Scope} m Scope
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Scope.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.gameId = "";
                    d.roomId = "";
                    d.taskId = "";
                }
                if (m.gameId != null && $Object.hasOwnProperty.call(m, "gameId")) {
                    d.gameId = m.gameId;
                }
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId")) {
                    d.roomId = m.roomId;
                }
                if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId")) {
                    d.taskId = m.taskId;
                }
                return d;
            };

            /**
             * Converts this Scope to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.Scope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Scope.prototype.toJSON = function() {
                return Scope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Scope
             * @function getTypeUrl
             * @memberof cellmesh.v1.Scope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Scope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.Scope";
            };

            return Scope;
        })();

        v1.DeadLetter = (function() {

            /**
             * Properties of a DeadLetter.
             * @typedef {Object} cellmesh.v1.DeadLetter.$Properties
             * @property {string|null} [service] DeadLetter service
             * @property {string|null} [originalSubject] DeadLetter originalSubject
             * @property {number|null} [streamSeq] DeadLetter streamSeq
             * @property {number|null} [deliveryCount] DeadLetter deliveryCount
             * @property {string|null} [errorName] DeadLetter errorName
             * @property {string|null} [errorMessage] DeadLetter errorMessage
             * @property {string|null} [traceparent] DeadLetter traceparent
             * @property {Uint8Array|null} [payload] DeadLetter payload
             * @property {number|null} [failedAtMs] DeadLetter failedAtMs
             * @property {string|null} [nodeId] DeadLetter nodeId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeadLetter.
             * @memberof cellmesh.v1
             * @interface IDeadLetter
             * @augments cellmesh.v1.DeadLetter.$Properties
             * @deprecated Use cellmesh.v1.DeadLetter.$Properties instead.
             */

            /**
             * Shape of a DeadLetter.
             * @typedef {cellmesh.v1.DeadLetter.$Properties} cellmesh.v1.DeadLetter.$Shape
             */

            /**
             * Constructs a new DeadLetter.
             * @memberof cellmesh.v1
             * @classdesc Represents a DeadLetter.
             * @constructor
             * @param {cellmesh.v1.DeadLetter.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DeadLetter = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DeadLetter service.
             * @member {string} service
             * @memberof cellmesh.v1.DeadLetter
             * @instance
             */
            DeadLetter.prototype.service = "";

            /**
             * DeadLetter originalSubject.
             * @member {string} originalSubject
             * @memberof cellmesh.v1.DeadLetter
             * @instance
             */
            DeadLetter.prototype.originalSubject = "";

            /**
             * DeadLetter streamSeq.
             * @member {number} streamSeq
             * @memberof cellmesh.v1.DeadLetter
             * @instance
             */
            DeadLetter.prototype.streamSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeadLetter deliveryCount.
             * @member {number} deliveryCount
             * @memberof cellmesh.v1.DeadLetter
             * @instance
             */
            DeadLetter.prototype.deliveryCount = 0;

            /**
             * DeadLetter errorName.
             * @member {string} errorName
             * @memberof cellmesh.v1.DeadLetter
             * @instance
             */
            DeadLetter.prototype.errorName = "";

            /**
             * DeadLetter errorMessage.
             * @member {string} errorMessage
             * @memberof cellmesh.v1.DeadLetter
             * @instance
             */
            DeadLetter.prototype.errorMessage = "";

            /**
             * DeadLetter traceparent.
             * @member {string} traceparent
             * @memberof cellmesh.v1.DeadLetter
             * @instance
             */
            DeadLetter.prototype.traceparent = "";

            /**
             * DeadLetter payload.
             * @member {Uint8Array} payload
             * @memberof cellmesh.v1.DeadLetter
             * @instance
             */
            DeadLetter.prototype.payload = $util.newBuffer([]);

            /**
             * DeadLetter failedAtMs.
             * @member {number} failedAtMs
             * @memberof cellmesh.v1.DeadLetter
             * @instance
             */
            DeadLetter.prototype.failedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DeadLetter nodeId.
             * @member {string} nodeId
             * @memberof cellmesh.v1.DeadLetter
             * @instance
             */
            DeadLetter.prototype.nodeId = "";

            /**
             * Creates a new DeadLetter instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.DeadLetter
             * @static
             * @param {cellmesh.v1.DeadLetter.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.DeadLetter} DeadLetter instance
             * @type {{
             *   (properties: cellmesh.v1.DeadLetter.$Shape): cellmesh.v1.DeadLetter & cellmesh.v1.DeadLetter.$Shape;
             *   (properties?: cellmesh.v1.DeadLetter.$Properties): cellmesh.v1.DeadLetter;
             * }}
             */
            DeadLetter.create = function(properties) {
                return new DeadLetter(properties);
            };

            /**
             * Encodes the specified DeadLetter message. Does not implicitly {@link cellmesh.v1.DeadLetter.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.DeadLetter
             * @static
             * @param {cellmesh.v1.DeadLetter.$Properties} m DeadLetter message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeadLetter.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.service != null && $Object.hasOwnProperty.call(m, "service") && m.service !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.service);
                if (m.originalSubject != null && $Object.hasOwnProperty.call(m, "originalSubject") && m.originalSubject !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.originalSubject);
                if (m.streamSeq != null && $Object.hasOwnProperty.call(m, "streamSeq") && (typeof m.streamSeq === "object" ? m.streamSeq.low || m.streamSeq.high : m.streamSeq !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.streamSeq);
                if (m.deliveryCount != null && $Object.hasOwnProperty.call(m, "deliveryCount") && m.deliveryCount !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.deliveryCount);
                if (m.errorName != null && $Object.hasOwnProperty.call(m, "errorName") && m.errorName !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.errorName);
                if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage") && m.errorMessage !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.errorMessage);
                if (m.traceparent != null && $Object.hasOwnProperty.call(m, "traceparent") && m.traceparent !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.traceparent);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(/* id 8, wireType 2 =*/66).bytes(m.payload);
                if (m.failedAtMs != null && $Object.hasOwnProperty.call(m, "failedAtMs") && (typeof m.failedAtMs === "object" ? m.failedAtMs.low || m.failedAtMs.high : m.failedAtMs !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).int64(m.failedAtMs);
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.nodeId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DeadLetter message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.DeadLetter
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.DeadLetter & cellmesh.v1.DeadLetter.$Shape} DeadLetter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeadLetter.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.DeadLetter();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.service = v;
                            else
                                delete m.service;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.originalSubject = v;
                            else
                                delete m.originalSubject;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.streamSeq = v;
                            else
                                delete m.streamSeq;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.deliveryCount = v;
                            else
                                delete m.deliveryCount;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.errorName = v;
                            else
                                delete m.errorName;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.errorMessage = v;
                            else
                                delete m.errorMessage;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.traceparent = v;
                            else
                                delete m.traceparent;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.failedAtMs = v;
                            else
                                delete m.failedAtMs;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a DeadLetter message.
             * @function verify
             * @memberof cellmesh.v1.DeadLetter
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeadLetter.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.service != null && $Object.hasOwnProperty.call(m, "service")) {
                    if (!$util.isString(m.service))
                        return "service: string expected";
                }
                if (m.originalSubject != null && $Object.hasOwnProperty.call(m, "originalSubject")) {
                    if (!$util.isString(m.originalSubject))
                        return "originalSubject: string expected";
                }
                if (m.streamSeq != null && $Object.hasOwnProperty.call(m, "streamSeq")) {
                    if (!$util.isInteger(m.streamSeq) && !(m.streamSeq && $util.isInteger(m.streamSeq.low) && $util.isInteger(m.streamSeq.high)))
                        return "streamSeq: integer|Long expected";
                }
                if (m.deliveryCount != null && $Object.hasOwnProperty.call(m, "deliveryCount")) {
                    if (!$util.isInteger(m.deliveryCount))
                        return "deliveryCount: integer expected";
                }
                if (m.errorName != null && $Object.hasOwnProperty.call(m, "errorName")) {
                    if (!$util.isString(m.errorName))
                        return "errorName: string expected";
                }
                if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage")) {
                    if (!$util.isString(m.errorMessage))
                        return "errorMessage: string expected";
                }
                if (m.traceparent != null && $Object.hasOwnProperty.call(m, "traceparent")) {
                    if (!$util.isString(m.traceparent))
                        return "traceparent: string expected";
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    if (!(m.payload && typeof m.payload.length === "number" || $util.isString(m.payload)))
                        return "payload: buffer expected";
                }
                if (m.failedAtMs != null && $Object.hasOwnProperty.call(m, "failedAtMs")) {
                    if (!$util.isInteger(m.failedAtMs) && !(m.failedAtMs && $util.isInteger(m.failedAtMs.low) && $util.isInteger(m.failedAtMs.high)))
                        return "failedAtMs: integer|Long expected";
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    if (!$util.isString(m.nodeId))
                        return "nodeId: string expected";
                }
                return null;
            };

            /**
             * Creates a DeadLetter message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.DeadLetter
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.DeadLetter} DeadLetter
             */
            DeadLetter.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.DeadLetter)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.DeadLetter: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.DeadLetter();
                if (d.service != null) {
                    if (typeof d.service !== "string" || d.service.length) {
                        m.service = $String(d.service);
                    }
                }
                if (d.originalSubject != null) {
                    if (typeof d.originalSubject !== "string" || d.originalSubject.length) {
                        m.originalSubject = $String(d.originalSubject);
                    }
                }
                if (d.streamSeq != null) {
                    if (typeof d.streamSeq === "object" ? d.streamSeq.low || d.streamSeq.high : $Number(d.streamSeq) !== 0) {
                        if ($util.Long)
                            m.streamSeq = $util.Long.fromValue(d.streamSeq, true);
                        else if (typeof d.streamSeq === "string")
                            m.streamSeq = $parseInt(d.streamSeq, 10);
                        else if (typeof d.streamSeq === "number")
                            m.streamSeq = d.streamSeq;
                        else if (typeof d.streamSeq === "object")
                            m.streamSeq = new $util.LongBits(d.streamSeq.low >>> 0, d.streamSeq.high >>> 0).toNumber(true);
                    }
                }
                if (d.deliveryCount != null) {
                    if ($Number(d.deliveryCount) !== 0) {
                        m.deliveryCount = d.deliveryCount >>> 0;
                    }
                }
                if (d.errorName != null) {
                    if (typeof d.errorName !== "string" || d.errorName.length) {
                        m.errorName = $String(d.errorName);
                    }
                }
                if (d.errorMessage != null) {
                    if (typeof d.errorMessage !== "string" || d.errorMessage.length) {
                        m.errorMessage = $String(d.errorMessage);
                    }
                }
                if (d.traceparent != null) {
                    if (typeof d.traceparent !== "string" || d.traceparent.length) {
                        m.traceparent = $String(d.traceparent);
                    }
                }
                if (d.payload != null) {
                    if (d.payload.length) {
                        if (typeof d.payload === "string")
                            $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                        else if (d.payload.length >= 0)
                            m.payload = d.payload;
                    }
                }
                if (d.failedAtMs != null) {
                    if (typeof d.failedAtMs === "object" ? d.failedAtMs.low || d.failedAtMs.high : $Number(d.failedAtMs) !== 0) {
                        if ($util.Long)
                            m.failedAtMs = $util.Long.fromValue(d.failedAtMs, false);
                        else if (typeof d.failedAtMs === "string")
                            m.failedAtMs = $parseInt(d.failedAtMs, 10);
                        else if (typeof d.failedAtMs === "number")
                            m.failedAtMs = d.failedAtMs;
                        else if (typeof d.failedAtMs === "object")
                            m.failedAtMs = new $util.LongBits(d.failedAtMs.low >>> 0, d.failedAtMs.high >>> 0).toNumber();
                    }
                }
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DeadLetter message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.DeadLetter
             * @static
             * @param {cellmesh.v1.DeadLetter} m DeadLetter
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeadLetter.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.service = "";
                    d.originalSubject = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.streamSeq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.streamSeq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.deliveryCount = 0;
                    d.errorName = "";
                    d.errorMessage = "";
                    d.traceparent = "";
                    if (o.bytes === $String)
                        d.payload = "";
                    else {
                        d.payload = [];
                        if (o.bytes !== $Array)
                            d.payload = $util.newBuffer(d.payload);
                    }
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.failedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.failedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.nodeId = "";
                }
                if (m.service != null && $Object.hasOwnProperty.call(m, "service")) {
                    d.service = m.service;
                }
                if (m.originalSubject != null && $Object.hasOwnProperty.call(m, "originalSubject")) {
                    d.originalSubject = m.originalSubject;
                }
                if (m.streamSeq != null && $Object.hasOwnProperty.call(m, "streamSeq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.streamSeq = typeof m.streamSeq === "number" ? $BigInt(m.streamSeq) : $util.Long.fromBits(m.streamSeq.low >>> 0, m.streamSeq.high >>> 0, true).toBigInt();
                    else if (typeof m.streamSeq === "number")
                        d.streamSeq = o.longs === $String ? $String(m.streamSeq) : m.streamSeq;
                    else
                        d.streamSeq = o.longs === $String ? $util.Long.prototype.toString.call(m.streamSeq) : o.longs === $Number ? new $util.LongBits(m.streamSeq.low >>> 0, m.streamSeq.high >>> 0).toNumber(true) : m.streamSeq;
                }
                if (m.deliveryCount != null && $Object.hasOwnProperty.call(m, "deliveryCount")) {
                    d.deliveryCount = m.deliveryCount;
                }
                if (m.errorName != null && $Object.hasOwnProperty.call(m, "errorName")) {
                    d.errorName = m.errorName;
                }
                if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage")) {
                    d.errorMessage = m.errorMessage;
                }
                if (m.traceparent != null && $Object.hasOwnProperty.call(m, "traceparent")) {
                    d.traceparent = m.traceparent;
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    d.payload = o.bytes === $String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.payload) : m.payload;
                }
                if (m.failedAtMs != null && $Object.hasOwnProperty.call(m, "failedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.failedAtMs = typeof m.failedAtMs === "number" ? $BigInt(m.failedAtMs) : $util.Long.fromBits(m.failedAtMs.low >>> 0, m.failedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.failedAtMs === "number")
                        d.failedAtMs = o.longs === $String ? $String(m.failedAtMs) : m.failedAtMs;
                    else
                        d.failedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.failedAtMs) : o.longs === $Number ? new $util.LongBits(m.failedAtMs.low >>> 0, m.failedAtMs.high >>> 0).toNumber() : m.failedAtMs;
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                return d;
            };

            /**
             * Converts this DeadLetter to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.DeadLetter
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeadLetter.prototype.toJSON = function() {
                return DeadLetter.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeadLetter
             * @function getTypeUrl
             * @memberof cellmesh.v1.DeadLetter
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeadLetter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.DeadLetter";
            };

            return DeadLetter;
        })();

        v1.ErrorReply = (function() {

            /**
             * Properties of an ErrorReply.
             * @typedef {Object} cellmesh.v1.ErrorReply.$Properties
             * @property {string|null} [code] ErrorReply code
             * @property {string|null} [message] ErrorReply message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ErrorReply.
             * @memberof cellmesh.v1
             * @interface IErrorReply
             * @augments cellmesh.v1.ErrorReply.$Properties
             * @deprecated Use cellmesh.v1.ErrorReply.$Properties instead.
             */

            /**
             * Shape of an ErrorReply.
             * @typedef {cellmesh.v1.ErrorReply.$Properties} cellmesh.v1.ErrorReply.$Shape
             */

            /**
             * Constructs a new ErrorReply.
             * @memberof cellmesh.v1
             * @classdesc Represents an ErrorReply.
             * @constructor
             * @param {cellmesh.v1.ErrorReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ErrorReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ErrorReply code.
             * @member {string} code
             * @memberof cellmesh.v1.ErrorReply
             * @instance
             */
            ErrorReply.prototype.code = "";

            /**
             * ErrorReply message.
             * @member {string} message
             * @memberof cellmesh.v1.ErrorReply
             * @instance
             */
            ErrorReply.prototype.message = "";

            /**
             * Creates a new ErrorReply instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.ErrorReply
             * @static
             * @param {cellmesh.v1.ErrorReply.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.ErrorReply} ErrorReply instance
             * @type {{
             *   (properties: cellmesh.v1.ErrorReply.$Shape): cellmesh.v1.ErrorReply & cellmesh.v1.ErrorReply.$Shape;
             *   (properties?: cellmesh.v1.ErrorReply.$Properties): cellmesh.v1.ErrorReply;
             * }}
             */
            ErrorReply.create = function(properties) {
                return new ErrorReply(properties);
            };

            /**
             * Encodes the specified ErrorReply message. Does not implicitly {@link cellmesh.v1.ErrorReply.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.ErrorReply
             * @static
             * @param {cellmesh.v1.ErrorReply.$Properties} m ErrorReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.code);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an ErrorReply message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.ErrorReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.ErrorReply & cellmesh.v1.ErrorReply.$Shape} ErrorReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.ErrorReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.code = v;
                            else
                                delete m.code;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies an ErrorReply message.
             * @function verify
             * @memberof cellmesh.v1.ErrorReply
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ErrorReply.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    if (!$util.isString(m.code))
                        return "code: string expected";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                return null;
            };

            /**
             * Creates an ErrorReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.ErrorReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.ErrorReply} ErrorReply
             */
            ErrorReply.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.ErrorReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.ErrorReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.ErrorReply();
                if (d.code != null) {
                    if (typeof d.code !== "string" || d.code.length) {
                        m.code = $String(d.code);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ErrorReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.ErrorReply
             * @static
             * @param {cellmesh.v1.ErrorReply} m ErrorReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ErrorReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.code = "";
                    d.message = "";
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = m.code;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                return d;
            };

            /**
             * Converts this ErrorReply to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.ErrorReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ErrorReply.prototype.toJSON = function() {
                return ErrorReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ErrorReply
             * @function getTypeUrl
             * @memberof cellmesh.v1.ErrorReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ErrorReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.ErrorReply";
            };

            return ErrorReply;
        })();

        v1.Hlc = (function() {

            /**
             * Properties of a Hlc.
             * @typedef {Object} cellmesh.v1.Hlc.$Properties
             * @property {number|null} [wallMs] Hlc wallMs
             * @property {number|null} [logical] Hlc logical
             * @property {string|null} [nodeId] Hlc nodeId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hlc.
             * @memberof cellmesh.v1
             * @interface IHlc
             * @augments cellmesh.v1.Hlc.$Properties
             * @deprecated Use cellmesh.v1.Hlc.$Properties instead.
             */

            /**
             * Shape of a Hlc.
             * @typedef {cellmesh.v1.Hlc.$Properties} cellmesh.v1.Hlc.$Shape
             */

            /**
             * Constructs a new Hlc.
             * @memberof cellmesh.v1
             * @classdesc Represents a Hlc.
             * @constructor
             * @param {cellmesh.v1.Hlc.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Hlc = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Hlc wallMs.
             * @member {number} wallMs
             * @memberof cellmesh.v1.Hlc
             * @instance
             */
            Hlc.prototype.wallMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Hlc logical.
             * @member {number} logical
             * @memberof cellmesh.v1.Hlc
             * @instance
             */
            Hlc.prototype.logical = 0;

            /**
             * Hlc nodeId.
             * @member {string} nodeId
             * @memberof cellmesh.v1.Hlc
             * @instance
             */
            Hlc.prototype.nodeId = "";

            /**
             * Creates a new Hlc instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.Hlc
             * @static
             * @param {cellmesh.v1.Hlc.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.Hlc} Hlc instance
             * @type {{
             *   (properties: cellmesh.v1.Hlc.$Shape): cellmesh.v1.Hlc & cellmesh.v1.Hlc.$Shape;
             *   (properties?: cellmesh.v1.Hlc.$Properties): cellmesh.v1.Hlc;
             * }}
             */
            Hlc.create = function(properties) {
                return new Hlc(properties);
            };

            /**
             * Encodes the specified Hlc message. Does not implicitly {@link cellmesh.v1.Hlc.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.Hlc
             * @static
             * @param {cellmesh.v1.Hlc.$Properties} m Hlc message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hlc.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.wallMs != null && $Object.hasOwnProperty.call(m, "wallMs") && (typeof m.wallMs === "object" ? m.wallMs.low || m.wallMs.high : m.wallMs !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.wallMs);
                if (m.logical != null && $Object.hasOwnProperty.call(m, "logical") && m.logical !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.logical);
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.nodeId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Hlc message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.Hlc
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.Hlc & cellmesh.v1.Hlc.$Shape} Hlc
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hlc.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.Hlc();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.wallMs = v;
                            else
                                delete m.wallMs;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.logical = v;
                            else
                                delete m.logical;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a Hlc message.
             * @function verify
             * @memberof cellmesh.v1.Hlc
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Hlc.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.wallMs != null && $Object.hasOwnProperty.call(m, "wallMs")) {
                    if (!$util.isInteger(m.wallMs) && !(m.wallMs && $util.isInteger(m.wallMs.low) && $util.isInteger(m.wallMs.high)))
                        return "wallMs: integer|Long expected";
                }
                if (m.logical != null && $Object.hasOwnProperty.call(m, "logical")) {
                    if (!$util.isInteger(m.logical))
                        return "logical: integer expected";
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    if (!$util.isString(m.nodeId))
                        return "nodeId: string expected";
                }
                return null;
            };

            /**
             * Creates a Hlc message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.Hlc
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.Hlc} Hlc
             */
            Hlc.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.Hlc)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.Hlc: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.Hlc();
                if (d.wallMs != null) {
                    if (typeof d.wallMs === "object" ? d.wallMs.low || d.wallMs.high : $Number(d.wallMs) !== 0) {
                        if ($util.Long)
                            m.wallMs = $util.Long.fromValue(d.wallMs, false);
                        else if (typeof d.wallMs === "string")
                            m.wallMs = $parseInt(d.wallMs, 10);
                        else if (typeof d.wallMs === "number")
                            m.wallMs = d.wallMs;
                        else if (typeof d.wallMs === "object")
                            m.wallMs = new $util.LongBits(d.wallMs.low >>> 0, d.wallMs.high >>> 0).toNumber();
                    }
                }
                if (d.logical != null) {
                    if ($Number(d.logical) !== 0) {
                        m.logical = d.logical >>> 0;
                    }
                }
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Hlc message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.Hlc
             * @static
             * @param {cellmesh.v1.Hlc} m Hlc
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hlc.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.wallMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.wallMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.logical = 0;
                    d.nodeId = "";
                }
                if (m.wallMs != null && $Object.hasOwnProperty.call(m, "wallMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.wallMs = typeof m.wallMs === "number" ? $BigInt(m.wallMs) : $util.Long.fromBits(m.wallMs.low >>> 0, m.wallMs.high >>> 0, false).toBigInt();
                    else if (typeof m.wallMs === "number")
                        d.wallMs = o.longs === $String ? $String(m.wallMs) : m.wallMs;
                    else
                        d.wallMs = o.longs === $String ? $util.Long.prototype.toString.call(m.wallMs) : o.longs === $Number ? new $util.LongBits(m.wallMs.low >>> 0, m.wallMs.high >>> 0).toNumber() : m.wallMs;
                }
                if (m.logical != null && $Object.hasOwnProperty.call(m, "logical")) {
                    d.logical = m.logical;
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                return d;
            };

            /**
             * Converts this Hlc to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.Hlc
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hlc.prototype.toJSON = function() {
                return Hlc.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hlc
             * @function getTypeUrl
             * @memberof cellmesh.v1.Hlc
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hlc.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.Hlc";
            };

            return Hlc;
        })();

        v1.KeyWrite = (function() {

            /**
             * Properties of a KeyWrite.
             * @typedef {Object} cellmesh.v1.KeyWrite.$Properties
             * @property {string|null} [key] KeyWrite key
             * @property {Uint8Array|null} [value] KeyWrite value
             * @property {boolean|null} ["delete"] KeyWrite delete
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyWrite.
             * @memberof cellmesh.v1
             * @interface IKeyWrite
             * @augments cellmesh.v1.KeyWrite.$Properties
             * @deprecated Use cellmesh.v1.KeyWrite.$Properties instead.
             */

            /**
             * Shape of a KeyWrite.
             * @typedef {cellmesh.v1.KeyWrite.$Properties} cellmesh.v1.KeyWrite.$Shape
             */

            /**
             * Constructs a new KeyWrite.
             * @memberof cellmesh.v1
             * @classdesc Represents a KeyWrite.
             * @constructor
             * @param {cellmesh.v1.KeyWrite.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var KeyWrite = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * KeyWrite key.
             * @member {string} key
             * @memberof cellmesh.v1.KeyWrite
             * @instance
             */
            KeyWrite.prototype.key = "";

            /**
             * KeyWrite value.
             * @member {Uint8Array} value
             * @memberof cellmesh.v1.KeyWrite
             * @instance
             */
            KeyWrite.prototype.value = $util.newBuffer([]);

            /**
             * KeyWrite delete.
             * @member {boolean} delete
             * @memberof cellmesh.v1.KeyWrite
             * @instance
             */
            KeyWrite.prototype["delete"] = false;

            /**
             * Creates a new KeyWrite instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.KeyWrite
             * @static
             * @param {cellmesh.v1.KeyWrite.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.KeyWrite} KeyWrite instance
             * @type {{
             *   (properties: cellmesh.v1.KeyWrite.$Shape): cellmesh.v1.KeyWrite & cellmesh.v1.KeyWrite.$Shape;
             *   (properties?: cellmesh.v1.KeyWrite.$Properties): cellmesh.v1.KeyWrite;
             * }}
             */
            KeyWrite.create = function(properties) {
                return new KeyWrite(properties);
            };

            /**
             * Encodes the specified KeyWrite message. Does not implicitly {@link cellmesh.v1.KeyWrite.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.KeyWrite
             * @static
             * @param {cellmesh.v1.KeyWrite.$Properties} m KeyWrite message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyWrite.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.value);
                if (m["delete"] != null && $Object.hasOwnProperty.call(m, "delete") && m["delete"] !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m["delete"]);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a KeyWrite message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.KeyWrite
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.KeyWrite & cellmesh.v1.KeyWrite.$Shape} KeyWrite
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyWrite.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.KeyWrite();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m["delete"] = v;
                            else
                                delete m["delete"];
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a KeyWrite message.
             * @function verify
             * @memberof cellmesh.v1.KeyWrite
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            KeyWrite.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    if (!$util.isString(m.key))
                        return "key: string expected";
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    if (!(m.value && typeof m.value.length === "number" || $util.isString(m.value)))
                        return "value: buffer expected";
                }
                if (m["delete"] != null && $Object.hasOwnProperty.call(m, "delete")) {
                    if (typeof m["delete"] !== "boolean")
                        return "delete: boolean expected";
                }
                return null;
            };

            /**
             * Creates a KeyWrite message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.KeyWrite
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.KeyWrite} KeyWrite
             */
            KeyWrite.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.KeyWrite)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.KeyWrite: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.KeyWrite();
                if (d.key != null) {
                    if (typeof d.key !== "string" || d.key.length) {
                        m.key = $String(d.key);
                    }
                }
                if (d.value != null) {
                    if (d.value.length) {
                        if (typeof d.value === "string")
                            $util.base64.decode(d.value, m.value = $util.newBuffer($util.base64.length(d.value)), 0);
                        else if (d.value.length >= 0)
                            m.value = d.value;
                    }
                }
                if (d["delete"] != null) {
                    if (d["delete"]) {
                        m["delete"] = $Boolean(d["delete"]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a KeyWrite message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.KeyWrite
             * @static
             * @param {cellmesh.v1.KeyWrite} m KeyWrite
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KeyWrite.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.key = "";
                    if (o.bytes === $String)
                        d.value = "";
                    else {
                        d.value = [];
                        if (o.bytes !== $Array)
                            d.value = $util.newBuffer(d.value);
                    }
                    d["delete"] = false;
                }
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    d.key = m.key;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.bytes === $String ? $util.base64.encode(m.value, 0, m.value.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.value) : m.value;
                }
                if (m["delete"] != null && $Object.hasOwnProperty.call(m, "delete")) {
                    d["delete"] = m["delete"];
                }
                return d;
            };

            /**
             * Converts this KeyWrite to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.KeyWrite
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KeyWrite.prototype.toJSON = function() {
                return KeyWrite.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KeyWrite
             * @function getTypeUrl
             * @memberof cellmesh.v1.KeyWrite
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeyWrite.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.KeyWrite";
            };

            return KeyWrite;
        })();

        /**
         * ConflictPolicy enum.
         * @name cellmesh.v1.ConflictPolicy
         * @enum {number}
         * @property {number} CONFLICT_POLICY_UNSPECIFIED=0 CONFLICT_POLICY_UNSPECIFIED value
         * @property {number} CONFLICT_POLICY_LAST_WRITER_WINS=1 CONFLICT_POLICY_LAST_WRITER_WINS value
         * @property {number} CONFLICT_POLICY_CRDT_MERGE=2 CONFLICT_POLICY_CRDT_MERGE value
         * @property {number} CONFLICT_POLICY_REJECT_STALE=3 CONFLICT_POLICY_REJECT_STALE value
         */
        v1.ConflictPolicy = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CONFLICT_POLICY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CONFLICT_POLICY_LAST_WRITER_WINS"] = 1;
            values[valuesById[2] = "CONFLICT_POLICY_CRDT_MERGE"] = 2;
            values[valuesById[3] = "CONFLICT_POLICY_REJECT_STALE"] = 3;
            return values;
        })();

        v1.CommitDelta = (function() {

            /**
             * Properties of a CommitDelta.
             * @typedef {Object} cellmesh.v1.CommitDelta.$Properties
             * @property {string|null} [taskId] CommitDelta taskId
             * @property {cellmesh.v1.Scope.$Properties|null} [scope] CommitDelta scope
             * @property {number|null} [baseVersion] CommitDelta baseVersion
             * @property {number|null} [version] CommitDelta version
             * @property {Array.<cellmesh.v1.KeyWrite.$Properties>|null} [writes] CommitDelta writes
             * @property {Uint8Array|null} [crdtUpdate] CommitDelta crdtUpdate
             * @property {cellmesh.v1.Hlc.$Properties|null} [hlc] CommitDelta hlc
             * @property {cellmesh.v1.FencingToken.$Properties|null} [fencing] CommitDelta fencing
             * @property {string|null} [nodeId] CommitDelta nodeId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommitDelta.
             * @memberof cellmesh.v1
             * @interface ICommitDelta
             * @augments cellmesh.v1.CommitDelta.$Properties
             * @deprecated Use cellmesh.v1.CommitDelta.$Properties instead.
             */

            /**
             * Shape of a CommitDelta.
             * @typedef {cellmesh.v1.CommitDelta.$Properties} cellmesh.v1.CommitDelta.$Shape
             */

            /**
             * Constructs a new CommitDelta.
             * @memberof cellmesh.v1
             * @classdesc Represents a CommitDelta.
             * @constructor
             * @param {cellmesh.v1.CommitDelta.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var CommitDelta = function (p) {
                this.writes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CommitDelta taskId.
             * @member {string} taskId
             * @memberof cellmesh.v1.CommitDelta
             * @instance
             */
            CommitDelta.prototype.taskId = "";

            /**
             * CommitDelta scope.
             * @member {cellmesh.v1.Scope.$Properties|null|undefined} scope
             * @memberof cellmesh.v1.CommitDelta
             * @instance
             */
            CommitDelta.prototype.scope = null;

            /**
             * CommitDelta baseVersion.
             * @member {number} baseVersion
             * @memberof cellmesh.v1.CommitDelta
             * @instance
             */
            CommitDelta.prototype.baseVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CommitDelta version.
             * @member {number} version
             * @memberof cellmesh.v1.CommitDelta
             * @instance
             */
            CommitDelta.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CommitDelta writes.
             * @member {Array.<cellmesh.v1.KeyWrite.$Properties>} writes
             * @memberof cellmesh.v1.CommitDelta
             * @instance
             */
            CommitDelta.prototype.writes = $util.emptyArray;

            /**
             * CommitDelta crdtUpdate.
             * @member {Uint8Array} crdtUpdate
             * @memberof cellmesh.v1.CommitDelta
             * @instance
             */
            CommitDelta.prototype.crdtUpdate = $util.newBuffer([]);

            /**
             * CommitDelta hlc.
             * @member {cellmesh.v1.Hlc.$Properties|null|undefined} hlc
             * @memberof cellmesh.v1.CommitDelta
             * @instance
             */
            CommitDelta.prototype.hlc = null;

            /**
             * CommitDelta fencing.
             * @member {cellmesh.v1.FencingToken.$Properties|null|undefined} fencing
             * @memberof cellmesh.v1.CommitDelta
             * @instance
             */
            CommitDelta.prototype.fencing = null;

            /**
             * CommitDelta nodeId.
             * @member {string} nodeId
             * @memberof cellmesh.v1.CommitDelta
             * @instance
             */
            CommitDelta.prototype.nodeId = "";

            /**
             * Creates a new CommitDelta instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.CommitDelta
             * @static
             * @param {cellmesh.v1.CommitDelta.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.CommitDelta} CommitDelta instance
             * @type {{
             *   (properties: cellmesh.v1.CommitDelta.$Shape): cellmesh.v1.CommitDelta & cellmesh.v1.CommitDelta.$Shape;
             *   (properties?: cellmesh.v1.CommitDelta.$Properties): cellmesh.v1.CommitDelta;
             * }}
             */
            CommitDelta.create = function(properties) {
                return new CommitDelta(properties);
            };

            /**
             * Encodes the specified CommitDelta message. Does not implicitly {@link cellmesh.v1.CommitDelta.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.CommitDelta
             * @static
             * @param {cellmesh.v1.CommitDelta.$Properties} m CommitDelta message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommitDelta.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId") && m.taskId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.taskId);
                if (m.scope != null && $Object.hasOwnProperty.call(m, "scope"))
                    $root.cellmesh.v1.Scope.encode(m.scope, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.baseVersion != null && $Object.hasOwnProperty.call(m, "baseVersion") && (typeof m.baseVersion === "object" ? m.baseVersion.low || m.baseVersion.high : m.baseVersion !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.baseVersion);
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.version);
                if (m.writes != null && m.writes.length) {
                    for (var i = 0; i < m.writes.length; ++i)
                        $root.cellmesh.v1.KeyWrite.encode(m.writes[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.crdtUpdate != null && $Object.hasOwnProperty.call(m, "crdtUpdate") && m.crdtUpdate.length)
                    w.uint32(/* id 6, wireType 2 =*/50).bytes(m.crdtUpdate);
                if (m.hlc != null && $Object.hasOwnProperty.call(m, "hlc"))
                    $root.cellmesh.v1.Hlc.encode(m.hlc, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.fencing != null && $Object.hasOwnProperty.call(m, "fencing"))
                    $root.cellmesh.v1.FencingToken.encode(m.fencing, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.nodeId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CommitDelta message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.CommitDelta
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.CommitDelta & cellmesh.v1.CommitDelta.$Shape} CommitDelta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommitDelta.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.CommitDelta();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.taskId = v;
                            else
                                delete m.taskId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.scope = $root.cellmesh.v1.Scope.decode(r, r.size(), $undefined, q + 1, m.scope);
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.baseVersion = v;
                            else
                                delete m.baseVersion;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.writes && m.writes.length))
                                m.writes = [];
                            m.writes.push($root.cellmesh.v1.KeyWrite.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.crdtUpdate = v;
                            else
                                delete m.crdtUpdate;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.hlc = $root.cellmesh.v1.Hlc.decode(r, r.size(), $undefined, q + 1, m.hlc);
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.fencing = $root.cellmesh.v1.FencingToken.decode(r, r.size(), $undefined, q + 1, m.fencing);
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a CommitDelta message.
             * @function verify
             * @memberof cellmesh.v1.CommitDelta
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CommitDelta.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId")) {
                    if (!$util.isString(m.taskId))
                        return "taskId: string expected";
                }
                if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                    {
                        var e = $root.cellmesh.v1.Scope.verify(m.scope, q + 1);
                        if (e)
                            return "scope." + e;
                    }
                }
                if (m.baseVersion != null && $Object.hasOwnProperty.call(m, "baseVersion")) {
                    if (!$util.isInteger(m.baseVersion) && !(m.baseVersion && $util.isInteger(m.baseVersion.low) && $util.isInteger(m.baseVersion.high)))
                        return "baseVersion: integer|Long expected";
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isInteger(m.version) && !(m.version && $util.isInteger(m.version.low) && $util.isInteger(m.version.high)))
                        return "version: integer|Long expected";
                }
                if (m.writes != null && $Object.hasOwnProperty.call(m, "writes")) {
                    if (!$Array.isArray(m.writes))
                        return "writes: array expected";
                    for (var i = 0; i < m.writes.length; ++i) {
                        {
                            var e = $root.cellmesh.v1.KeyWrite.verify(m.writes[i], q + 1);
                            if (e)
                                return "writes." + e;
                        }
                    }
                }
                if (m.crdtUpdate != null && $Object.hasOwnProperty.call(m, "crdtUpdate")) {
                    if (!(m.crdtUpdate && typeof m.crdtUpdate.length === "number" || $util.isString(m.crdtUpdate)))
                        return "crdtUpdate: buffer expected";
                }
                if (m.hlc != null && $Object.hasOwnProperty.call(m, "hlc")) {
                    {
                        var e = $root.cellmesh.v1.Hlc.verify(m.hlc, q + 1);
                        if (e)
                            return "hlc." + e;
                    }
                }
                if (m.fencing != null && $Object.hasOwnProperty.call(m, "fencing")) {
                    {
                        var e = $root.cellmesh.v1.FencingToken.verify(m.fencing, q + 1);
                        if (e)
                            return "fencing." + e;
                    }
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    if (!$util.isString(m.nodeId))
                        return "nodeId: string expected";
                }
                return null;
            };

            /**
             * Creates a CommitDelta message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.CommitDelta
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.CommitDelta} CommitDelta
             */
            CommitDelta.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.CommitDelta)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.CommitDelta: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.CommitDelta();
                if (d.taskId != null) {
                    if (typeof d.taskId !== "string" || d.taskId.length) {
                        m.taskId = $String(d.taskId);
                    }
                }
                if (d.scope != null) {
                    if (!$util.isObject(d.scope))
                        throw $TypeError(".cellmesh.v1.CommitDelta.scope: object expected");
                    m.scope = $root.cellmesh.v1.Scope.fromObject(d.scope, q + 1);
                }
                if (d.baseVersion != null) {
                    if (typeof d.baseVersion === "object" ? d.baseVersion.low || d.baseVersion.high : $Number(d.baseVersion) !== 0) {
                        if ($util.Long)
                            m.baseVersion = $util.Long.fromValue(d.baseVersion, true);
                        else if (typeof d.baseVersion === "string")
                            m.baseVersion = $parseInt(d.baseVersion, 10);
                        else if (typeof d.baseVersion === "number")
                            m.baseVersion = d.baseVersion;
                        else if (typeof d.baseVersion === "object")
                            m.baseVersion = new $util.LongBits(d.baseVersion.low >>> 0, d.baseVersion.high >>> 0).toNumber(true);
                    }
                }
                if (d.version != null) {
                    if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                        if ($util.Long)
                            m.version = $util.Long.fromValue(d.version, true);
                        else if (typeof d.version === "string")
                            m.version = $parseInt(d.version, 10);
                        else if (typeof d.version === "number")
                            m.version = d.version;
                        else if (typeof d.version === "object")
                            m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber(true);
                    }
                }
                if (d.writes) {
                    if (!$Array.isArray(d.writes))
                        throw $TypeError(".cellmesh.v1.CommitDelta.writes: array expected");
                    m.writes = $Array(d.writes.length);
                    for (var i = 0; i < d.writes.length; ++i) {
                        if (!$util.isObject(d.writes[i]))
                            throw $TypeError(".cellmesh.v1.CommitDelta.writes: object expected");
                        m.writes[i] = $root.cellmesh.v1.KeyWrite.fromObject(d.writes[i], q + 1);
                    }
                }
                if (d.crdtUpdate != null) {
                    if (d.crdtUpdate.length) {
                        if (typeof d.crdtUpdate === "string")
                            $util.base64.decode(d.crdtUpdate, m.crdtUpdate = $util.newBuffer($util.base64.length(d.crdtUpdate)), 0);
                        else if (d.crdtUpdate.length >= 0)
                            m.crdtUpdate = d.crdtUpdate;
                    }
                }
                if (d.hlc != null) {
                    if (!$util.isObject(d.hlc))
                        throw $TypeError(".cellmesh.v1.CommitDelta.hlc: object expected");
                    m.hlc = $root.cellmesh.v1.Hlc.fromObject(d.hlc, q + 1);
                }
                if (d.fencing != null) {
                    if (!$util.isObject(d.fencing))
                        throw $TypeError(".cellmesh.v1.CommitDelta.fencing: object expected");
                    m.fencing = $root.cellmesh.v1.FencingToken.fromObject(d.fencing, q + 1);
                }
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CommitDelta message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.CommitDelta
             * @static
             * @param {cellmesh.v1.CommitDelta} m CommitDelta
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommitDelta.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.writes = [];
                }
                if (o.defaults) {
                    d.taskId = "";
                    d.scope = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.baseVersion = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.baseVersion = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.crdtUpdate = "";
                    else {
                        d.crdtUpdate = [];
                        if (o.bytes !== $Array)
                            d.crdtUpdate = $util.newBuffer(d.crdtUpdate);
                    }
                    d.hlc = null;
                    d.fencing = null;
                    d.nodeId = "";
                }
                if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId")) {
                    d.taskId = m.taskId;
                }
                if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                    d.scope = $root.cellmesh.v1.Scope.toObject(m.scope, o, q + 1);
                }
                if (m.baseVersion != null && $Object.hasOwnProperty.call(m, "baseVersion")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.baseVersion = typeof m.baseVersion === "number" ? $BigInt(m.baseVersion) : $util.Long.fromBits(m.baseVersion.low >>> 0, m.baseVersion.high >>> 0, true).toBigInt();
                    else if (typeof m.baseVersion === "number")
                        d.baseVersion = o.longs === $String ? $String(m.baseVersion) : m.baseVersion;
                    else
                        d.baseVersion = o.longs === $String ? $util.Long.prototype.toString.call(m.baseVersion) : o.longs === $Number ? new $util.LongBits(m.baseVersion.low >>> 0, m.baseVersion.high >>> 0).toNumber(true) : m.baseVersion;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, true).toBigInt();
                    else if (typeof m.version === "number")
                        d.version = o.longs === $String ? $String(m.version) : m.version;
                    else
                        d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber(true) : m.version;
                }
                if (m.writes && m.writes.length) {
                    d.writes = $Array(m.writes.length);
                    for (var j = 0; j < m.writes.length; ++j) {
                        d.writes[j] = $root.cellmesh.v1.KeyWrite.toObject(m.writes[j], o, q + 1);
                    }
                }
                if (m.crdtUpdate != null && $Object.hasOwnProperty.call(m, "crdtUpdate")) {
                    d.crdtUpdate = o.bytes === $String ? $util.base64.encode(m.crdtUpdate, 0, m.crdtUpdate.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.crdtUpdate) : m.crdtUpdate;
                }
                if (m.hlc != null && $Object.hasOwnProperty.call(m, "hlc")) {
                    d.hlc = $root.cellmesh.v1.Hlc.toObject(m.hlc, o, q + 1);
                }
                if (m.fencing != null && $Object.hasOwnProperty.call(m, "fencing")) {
                    d.fencing = $root.cellmesh.v1.FencingToken.toObject(m.fencing, o, q + 1);
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                return d;
            };

            /**
             * Converts this CommitDelta to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.CommitDelta
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommitDelta.prototype.toJSON = function() {
                return CommitDelta.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommitDelta
             * @function getTypeUrl
             * @memberof cellmesh.v1.CommitDelta
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommitDelta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.CommitDelta";
            };

            return CommitDelta;
        })();

        v1.CommitAck = (function() {

            /**
             * Properties of a CommitAck.
             * @typedef {Object} cellmesh.v1.CommitAck.$Properties
             * @property {string|null} [taskId] CommitAck taskId
             * @property {number|null} [version] CommitAck version
             * @property {boolean|null} [accepted] CommitAck accepted
             * @property {boolean|null} [duplicate] CommitAck duplicate
             * @property {string|null} [reason] CommitAck reason
             * @property {number|null} [roomVersion] CommitAck roomVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommitAck.
             * @memberof cellmesh.v1
             * @interface ICommitAck
             * @augments cellmesh.v1.CommitAck.$Properties
             * @deprecated Use cellmesh.v1.CommitAck.$Properties instead.
             */

            /**
             * Shape of a CommitAck.
             * @typedef {cellmesh.v1.CommitAck.$Properties} cellmesh.v1.CommitAck.$Shape
             */

            /**
             * Constructs a new CommitAck.
             * @memberof cellmesh.v1
             * @classdesc Represents a CommitAck.
             * @constructor
             * @param {cellmesh.v1.CommitAck.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var CommitAck = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CommitAck taskId.
             * @member {string} taskId
             * @memberof cellmesh.v1.CommitAck
             * @instance
             */
            CommitAck.prototype.taskId = "";

            /**
             * CommitAck version.
             * @member {number} version
             * @memberof cellmesh.v1.CommitAck
             * @instance
             */
            CommitAck.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CommitAck accepted.
             * @member {boolean} accepted
             * @memberof cellmesh.v1.CommitAck
             * @instance
             */
            CommitAck.prototype.accepted = false;

            /**
             * CommitAck duplicate.
             * @member {boolean} duplicate
             * @memberof cellmesh.v1.CommitAck
             * @instance
             */
            CommitAck.prototype.duplicate = false;

            /**
             * CommitAck reason.
             * @member {string} reason
             * @memberof cellmesh.v1.CommitAck
             * @instance
             */
            CommitAck.prototype.reason = "";

            /**
             * CommitAck roomVersion.
             * @member {number} roomVersion
             * @memberof cellmesh.v1.CommitAck
             * @instance
             */
            CommitAck.prototype.roomVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new CommitAck instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.CommitAck
             * @static
             * @param {cellmesh.v1.CommitAck.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.CommitAck} CommitAck instance
             * @type {{
             *   (properties: cellmesh.v1.CommitAck.$Shape): cellmesh.v1.CommitAck & cellmesh.v1.CommitAck.$Shape;
             *   (properties?: cellmesh.v1.CommitAck.$Properties): cellmesh.v1.CommitAck;
             * }}
             */
            CommitAck.create = function(properties) {
                return new CommitAck(properties);
            };

            /**
             * Encodes the specified CommitAck message. Does not implicitly {@link cellmesh.v1.CommitAck.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.CommitAck
             * @static
             * @param {cellmesh.v1.CommitAck.$Properties} m CommitAck message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommitAck.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId") && m.taskId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.taskId);
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.version);
                if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted") && m.accepted !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.accepted);
                if (m.duplicate != null && $Object.hasOwnProperty.call(m, "duplicate") && m.duplicate !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.duplicate);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.reason);
                if (m.roomVersion != null && $Object.hasOwnProperty.call(m, "roomVersion") && (typeof m.roomVersion === "object" ? m.roomVersion.low || m.roomVersion.high : m.roomVersion !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.roomVersion);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CommitAck message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.CommitAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.CommitAck & cellmesh.v1.CommitAck.$Shape} CommitAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommitAck.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.CommitAck();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.taskId = v;
                            else
                                delete m.taskId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.accepted = v;
                            else
                                delete m.accepted;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.duplicate = v;
                            else
                                delete m.duplicate;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.roomVersion = v;
                            else
                                delete m.roomVersion;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a CommitAck message.
             * @function verify
             * @memberof cellmesh.v1.CommitAck
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CommitAck.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId")) {
                    if (!$util.isString(m.taskId))
                        return "taskId: string expected";
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isInteger(m.version) && !(m.version && $util.isInteger(m.version.low) && $util.isInteger(m.version.high)))
                        return "version: integer|Long expected";
                }
                if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted")) {
                    if (typeof m.accepted !== "boolean")
                        return "accepted: boolean expected";
                }
                if (m.duplicate != null && $Object.hasOwnProperty.call(m, "duplicate")) {
                    if (typeof m.duplicate !== "boolean")
                        return "duplicate: boolean expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                if (m.roomVersion != null && $Object.hasOwnProperty.call(m, "roomVersion")) {
                    if (!$util.isInteger(m.roomVersion) && !(m.roomVersion && $util.isInteger(m.roomVersion.low) && $util.isInteger(m.roomVersion.high)))
                        return "roomVersion: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a CommitAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.CommitAck
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.CommitAck} CommitAck
             */
            CommitAck.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.CommitAck)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.CommitAck: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.CommitAck();
                if (d.taskId != null) {
                    if (typeof d.taskId !== "string" || d.taskId.length) {
                        m.taskId = $String(d.taskId);
                    }
                }
                if (d.version != null) {
                    if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                        if ($util.Long)
                            m.version = $util.Long.fromValue(d.version, true);
                        else if (typeof d.version === "string")
                            m.version = $parseInt(d.version, 10);
                        else if (typeof d.version === "number")
                            m.version = d.version;
                        else if (typeof d.version === "object")
                            m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber(true);
                    }
                }
                if (d.accepted != null) {
                    if (d.accepted) {
                        m.accepted = $Boolean(d.accepted);
                    }
                }
                if (d.duplicate != null) {
                    if (d.duplicate) {
                        m.duplicate = $Boolean(d.duplicate);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.roomVersion != null) {
                    if (typeof d.roomVersion === "object" ? d.roomVersion.low || d.roomVersion.high : $Number(d.roomVersion) !== 0) {
                        if ($util.Long)
                            m.roomVersion = $util.Long.fromValue(d.roomVersion, true);
                        else if (typeof d.roomVersion === "string")
                            m.roomVersion = $parseInt(d.roomVersion, 10);
                        else if (typeof d.roomVersion === "number")
                            m.roomVersion = d.roomVersion;
                        else if (typeof d.roomVersion === "object")
                            m.roomVersion = new $util.LongBits(d.roomVersion.low >>> 0, d.roomVersion.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CommitAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.CommitAck
             * @static
             * @param {cellmesh.v1.CommitAck} m CommitAck
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommitAck.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.taskId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.accepted = false;
                    d.duplicate = false;
                    d.reason = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.roomVersion = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.roomVersion = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId")) {
                    d.taskId = m.taskId;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, true).toBigInt();
                    else if (typeof m.version === "number")
                        d.version = o.longs === $String ? $String(m.version) : m.version;
                    else
                        d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber(true) : m.version;
                }
                if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted")) {
                    d.accepted = m.accepted;
                }
                if (m.duplicate != null && $Object.hasOwnProperty.call(m, "duplicate")) {
                    d.duplicate = m.duplicate;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.roomVersion != null && $Object.hasOwnProperty.call(m, "roomVersion")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.roomVersion = typeof m.roomVersion === "number" ? $BigInt(m.roomVersion) : $util.Long.fromBits(m.roomVersion.low >>> 0, m.roomVersion.high >>> 0, true).toBigInt();
                    else if (typeof m.roomVersion === "number")
                        d.roomVersion = o.longs === $String ? $String(m.roomVersion) : m.roomVersion;
                    else
                        d.roomVersion = o.longs === $String ? $util.Long.prototype.toString.call(m.roomVersion) : o.longs === $Number ? new $util.LongBits(m.roomVersion.low >>> 0, m.roomVersion.high >>> 0).toNumber(true) : m.roomVersion;
                }
                return d;
            };

            /**
             * Converts this CommitAck to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.CommitAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommitAck.prototype.toJSON = function() {
                return CommitAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommitAck
             * @function getTypeUrl
             * @memberof cellmesh.v1.CommitAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommitAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.CommitAck";
            };

            return CommitAck;
        })();

        v1.KeyValue = (function() {

            /**
             * Properties of a KeyValue.
             * @typedef {Object} cellmesh.v1.KeyValue.$Properties
             * @property {string|null} [key] KeyValue key
             * @property {Uint8Array|null} [value] KeyValue value
             * @property {cellmesh.v1.Hlc.$Properties|null} [hlc] KeyValue hlc
             * @property {number|null} [version] KeyValue version
             * @property {boolean|null} [deleted] KeyValue deleted
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyValue.
             * @memberof cellmesh.v1
             * @interface IKeyValue
             * @augments cellmesh.v1.KeyValue.$Properties
             * @deprecated Use cellmesh.v1.KeyValue.$Properties instead.
             */

            /**
             * Shape of a KeyValue.
             * @typedef {cellmesh.v1.KeyValue.$Properties} cellmesh.v1.KeyValue.$Shape
             */

            /**
             * Constructs a new KeyValue.
             * @memberof cellmesh.v1
             * @classdesc Represents a KeyValue.
             * @constructor
             * @param {cellmesh.v1.KeyValue.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var KeyValue = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * KeyValue key.
             * @member {string} key
             * @memberof cellmesh.v1.KeyValue
             * @instance
             */
            KeyValue.prototype.key = "";

            /**
             * KeyValue value.
             * @member {Uint8Array} value
             * @memberof cellmesh.v1.KeyValue
             * @instance
             */
            KeyValue.prototype.value = $util.newBuffer([]);

            /**
             * KeyValue hlc.
             * @member {cellmesh.v1.Hlc.$Properties|null|undefined} hlc
             * @memberof cellmesh.v1.KeyValue
             * @instance
             */
            KeyValue.prototype.hlc = null;

            /**
             * KeyValue version.
             * @member {number} version
             * @memberof cellmesh.v1.KeyValue
             * @instance
             */
            KeyValue.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * KeyValue deleted.
             * @member {boolean} deleted
             * @memberof cellmesh.v1.KeyValue
             * @instance
             */
            KeyValue.prototype.deleted = false;

            /**
             * Creates a new KeyValue instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.KeyValue
             * @static
             * @param {cellmesh.v1.KeyValue.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.KeyValue} KeyValue instance
             * @type {{
             *   (properties: cellmesh.v1.KeyValue.$Shape): cellmesh.v1.KeyValue & cellmesh.v1.KeyValue.$Shape;
             *   (properties?: cellmesh.v1.KeyValue.$Properties): cellmesh.v1.KeyValue;
             * }}
             */
            KeyValue.create = function(properties) {
                return new KeyValue(properties);
            };

            /**
             * Encodes the specified KeyValue message. Does not implicitly {@link cellmesh.v1.KeyValue.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.KeyValue
             * @static
             * @param {cellmesh.v1.KeyValue.$Properties} m KeyValue message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyValue.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.value);
                if (m.hlc != null && $Object.hasOwnProperty.call(m, "hlc"))
                    $root.cellmesh.v1.Hlc.encode(m.hlc, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.version);
                if (m.deleted != null && $Object.hasOwnProperty.call(m, "deleted") && m.deleted !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.deleted);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a KeyValue message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.KeyValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.KeyValue & cellmesh.v1.KeyValue.$Shape} KeyValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyValue.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.KeyValue();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.hlc = $root.cellmesh.v1.Hlc.decode(r, r.size(), $undefined, q + 1, m.hlc);
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.deleted = v;
                            else
                                delete m.deleted;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a KeyValue message.
             * @function verify
             * @memberof cellmesh.v1.KeyValue
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            KeyValue.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    if (!$util.isString(m.key))
                        return "key: string expected";
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    if (!(m.value && typeof m.value.length === "number" || $util.isString(m.value)))
                        return "value: buffer expected";
                }
                if (m.hlc != null && $Object.hasOwnProperty.call(m, "hlc")) {
                    {
                        var e = $root.cellmesh.v1.Hlc.verify(m.hlc, q + 1);
                        if (e)
                            return "hlc." + e;
                    }
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isInteger(m.version) && !(m.version && $util.isInteger(m.version.low) && $util.isInteger(m.version.high)))
                        return "version: integer|Long expected";
                }
                if (m.deleted != null && $Object.hasOwnProperty.call(m, "deleted")) {
                    if (typeof m.deleted !== "boolean")
                        return "deleted: boolean expected";
                }
                return null;
            };

            /**
             * Creates a KeyValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.KeyValue
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.KeyValue} KeyValue
             */
            KeyValue.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.KeyValue)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.KeyValue: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.KeyValue();
                if (d.key != null) {
                    if (typeof d.key !== "string" || d.key.length) {
                        m.key = $String(d.key);
                    }
                }
                if (d.value != null) {
                    if (d.value.length) {
                        if (typeof d.value === "string")
                            $util.base64.decode(d.value, m.value = $util.newBuffer($util.base64.length(d.value)), 0);
                        else if (d.value.length >= 0)
                            m.value = d.value;
                    }
                }
                if (d.hlc != null) {
                    if (!$util.isObject(d.hlc))
                        throw $TypeError(".cellmesh.v1.KeyValue.hlc: object expected");
                    m.hlc = $root.cellmesh.v1.Hlc.fromObject(d.hlc, q + 1);
                }
                if (d.version != null) {
                    if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                        if ($util.Long)
                            m.version = $util.Long.fromValue(d.version, true);
                        else if (typeof d.version === "string")
                            m.version = $parseInt(d.version, 10);
                        else if (typeof d.version === "number")
                            m.version = d.version;
                        else if (typeof d.version === "object")
                            m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber(true);
                    }
                }
                if (d.deleted != null) {
                    if (d.deleted) {
                        m.deleted = $Boolean(d.deleted);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a KeyValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.KeyValue
             * @static
             * @param {cellmesh.v1.KeyValue} m KeyValue
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KeyValue.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.key = "";
                    if (o.bytes === $String)
                        d.value = "";
                    else {
                        d.value = [];
                        if (o.bytes !== $Array)
                            d.value = $util.newBuffer(d.value);
                    }
                    d.hlc = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.deleted = false;
                }
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    d.key = m.key;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.bytes === $String ? $util.base64.encode(m.value, 0, m.value.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.value) : m.value;
                }
                if (m.hlc != null && $Object.hasOwnProperty.call(m, "hlc")) {
                    d.hlc = $root.cellmesh.v1.Hlc.toObject(m.hlc, o, q + 1);
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, true).toBigInt();
                    else if (typeof m.version === "number")
                        d.version = o.longs === $String ? $String(m.version) : m.version;
                    else
                        d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber(true) : m.version;
                }
                if (m.deleted != null && $Object.hasOwnProperty.call(m, "deleted")) {
                    d.deleted = m.deleted;
                }
                return d;
            };

            /**
             * Converts this KeyValue to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.KeyValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KeyValue.prototype.toJSON = function() {
                return KeyValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KeyValue
             * @function getTypeUrl
             * @memberof cellmesh.v1.KeyValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeyValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.KeyValue";
            };

            return KeyValue;
        })();

        v1.TaskVersions = (function() {

            /**
             * Properties of a TaskVersions.
             * @typedef {Object} cellmesh.v1.TaskVersions.$Properties
             * @property {string|null} [taskId] TaskVersions taskId
             * @property {Array.<number>|null} [versions] TaskVersions versions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskVersions.
             * @memberof cellmesh.v1
             * @interface ITaskVersions
             * @augments cellmesh.v1.TaskVersions.$Properties
             * @deprecated Use cellmesh.v1.TaskVersions.$Properties instead.
             */

            /**
             * Shape of a TaskVersions.
             * @typedef {cellmesh.v1.TaskVersions.$Properties} cellmesh.v1.TaskVersions.$Shape
             */

            /**
             * Constructs a new TaskVersions.
             * @memberof cellmesh.v1
             * @classdesc Represents a TaskVersions.
             * @constructor
             * @param {cellmesh.v1.TaskVersions.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TaskVersions = function (p) {
                this.versions = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TaskVersions taskId.
             * @member {string} taskId
             * @memberof cellmesh.v1.TaskVersions
             * @instance
             */
            TaskVersions.prototype.taskId = "";

            /**
             * TaskVersions versions.
             * @member {Array.<number>} versions
             * @memberof cellmesh.v1.TaskVersions
             * @instance
             */
            TaskVersions.prototype.versions = $util.emptyArray;

            /**
             * Creates a new TaskVersions instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.TaskVersions
             * @static
             * @param {cellmesh.v1.TaskVersions.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.TaskVersions} TaskVersions instance
             * @type {{
             *   (properties: cellmesh.v1.TaskVersions.$Shape): cellmesh.v1.TaskVersions & cellmesh.v1.TaskVersions.$Shape;
             *   (properties?: cellmesh.v1.TaskVersions.$Properties): cellmesh.v1.TaskVersions;
             * }}
             */
            TaskVersions.create = function(properties) {
                return new TaskVersions(properties);
            };

            /**
             * Encodes the specified TaskVersions message. Does not implicitly {@link cellmesh.v1.TaskVersions.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.TaskVersions
             * @static
             * @param {cellmesh.v1.TaskVersions.$Properties} m TaskVersions message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskVersions.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId") && m.taskId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.taskId);
                if (m.versions != null && m.versions.length) {
                    w.uint32(/* id 2, wireType 2 =*/18).uint64s(m.versions);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TaskVersions message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.TaskVersions
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.TaskVersions & cellmesh.v1.TaskVersions.$Shape} TaskVersions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskVersions.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.TaskVersions();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.taskId = v;
                            else
                                delete m.taskId;
                            continue;
                        }
                    case 2: {
                            if (u === 2) {
                                if (!(m.versions && m.versions.length))
                                    m.versions = [];
                                r.uint64s(m.versions);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.versions && m.versions.length))
                                m.versions = [];
                            m.versions.push(r.uint64());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a TaskVersions message.
             * @function verify
             * @memberof cellmesh.v1.TaskVersions
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TaskVersions.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId")) {
                    if (!$util.isString(m.taskId))
                        return "taskId: string expected";
                }
                if (m.versions != null && $Object.hasOwnProperty.call(m, "versions")) {
                    if (!$Array.isArray(m.versions))
                        return "versions: array expected";
                    for (var i = 0; i < m.versions.length; ++i) {
                        if (!$util.isInteger(m.versions[i]) && !(m.versions[i] && $util.isInteger(m.versions[i].low) && $util.isInteger(m.versions[i].high)))
                            return "versions: integer|Long[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a TaskVersions message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.TaskVersions
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.TaskVersions} TaskVersions
             */
            TaskVersions.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.TaskVersions)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.TaskVersions: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.TaskVersions();
                if (d.taskId != null) {
                    if (typeof d.taskId !== "string" || d.taskId.length) {
                        m.taskId = $String(d.taskId);
                    }
                }
                if (d.versions) {
                    if (!$Array.isArray(d.versions))
                        throw $TypeError(".cellmesh.v1.TaskVersions.versions: array expected");
                    m.versions = $Array(d.versions.length);
                    for (var i = 0; i < d.versions.length; ++i) {
                        if ($util.Long)
                            m.versions[i] = $util.Long.fromValue(d.versions[i], true);
                        else if (typeof d.versions[i] === "string")
                            m.versions[i] = $parseInt(d.versions[i], 10);
                        else if (typeof d.versions[i] === "number")
                            m.versions[i] = d.versions[i];
                        else if (typeof d.versions[i] === "object")
                            m.versions[i] = new $util.LongBits(d.versions[i].low >>> 0, d.versions[i].high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TaskVersions message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.TaskVersions
             * @static
             * @param {cellmesh.v1.TaskVersions} m TaskVersions
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskVersions.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.versions = [];
                }
                if (o.defaults) {
                    d.taskId = "";
                }
                if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId")) {
                    d.taskId = m.taskId;
                }
                if (m.versions && m.versions.length) {
                    d.versions = $Array(m.versions.length);
                    for (var j = 0; j < m.versions.length; ++j) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.versions[j] = typeof m.versions[j] === "number" ? $BigInt(m.versions[j]) : $util.Long.fromBits(m.versions[j].low >>> 0, m.versions[j].high >>> 0, true).toBigInt();
                        else if (typeof m.versions[j] === "number")
                            d.versions[j] = o.longs === $String ? $String(m.versions[j]) : m.versions[j];
                        else
                            d.versions[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.versions[j]) : o.longs === $Number ? new $util.LongBits(m.versions[j].low >>> 0, m.versions[j].high >>> 0).toNumber(true) : m.versions[j];
                    }
                }
                return d;
            };

            /**
             * Converts this TaskVersions to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.TaskVersions
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskVersions.prototype.toJSON = function() {
                return TaskVersions.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskVersions
             * @function getTypeUrl
             * @memberof cellmesh.v1.TaskVersions
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskVersions.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.TaskVersions";
            };

            return TaskVersions;
        })();

        v1.RoomState = (function() {

            /**
             * Properties of a RoomState.
             * @typedef {Object} cellmesh.v1.RoomState.$Properties
             * @property {string|null} [gameId] RoomState gameId
             * @property {string|null} [roomId] RoomState roomId
             * @property {number|null} [version] RoomState version
             * @property {Array.<cellmesh.v1.KeyValue.$Properties>|null} [entries] RoomState entries
             * @property {Uint8Array|null} [crdtState] RoomState crdtState
             * @property {number|null} [updatedAtMs] RoomState updatedAtMs
             * @property {cellmesh.v1.ConflictPolicy|null} [policy] RoomState policy
             * @property {number|null} [coldSeq] RoomState coldSeq
             * @property {Array.<cellmesh.v1.TaskVersions.$Properties>|null} [applied] RoomState applied
             * @property {number|null} [lastCommitSeq] RoomState lastCommitSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RoomState.
             * @memberof cellmesh.v1
             * @interface IRoomState
             * @augments cellmesh.v1.RoomState.$Properties
             * @deprecated Use cellmesh.v1.RoomState.$Properties instead.
             */

            /**
             * Shape of a RoomState.
             * @typedef {cellmesh.v1.RoomState.$Properties} cellmesh.v1.RoomState.$Shape
             */

            /**
             * Constructs a new RoomState.
             * @memberof cellmesh.v1
             * @classdesc Represents a RoomState.
             * @constructor
             * @param {cellmesh.v1.RoomState.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RoomState = function (p) {
                this.entries = [];
                this.applied = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RoomState gameId.
             * @member {string} gameId
             * @memberof cellmesh.v1.RoomState
             * @instance
             */
            RoomState.prototype.gameId = "";

            /**
             * RoomState roomId.
             * @member {string} roomId
             * @memberof cellmesh.v1.RoomState
             * @instance
             */
            RoomState.prototype.roomId = "";

            /**
             * RoomState version.
             * @member {number} version
             * @memberof cellmesh.v1.RoomState
             * @instance
             */
            RoomState.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RoomState entries.
             * @member {Array.<cellmesh.v1.KeyValue.$Properties>} entries
             * @memberof cellmesh.v1.RoomState
             * @instance
             */
            RoomState.prototype.entries = $util.emptyArray;

            /**
             * RoomState crdtState.
             * @member {Uint8Array} crdtState
             * @memberof cellmesh.v1.RoomState
             * @instance
             */
            RoomState.prototype.crdtState = $util.newBuffer([]);

            /**
             * RoomState updatedAtMs.
             * @member {number} updatedAtMs
             * @memberof cellmesh.v1.RoomState
             * @instance
             */
            RoomState.prototype.updatedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RoomState policy.
             * @member {cellmesh.v1.ConflictPolicy} policy
             * @memberof cellmesh.v1.RoomState
             * @instance
             */
            RoomState.prototype.policy = 0;

            /**
             * RoomState coldSeq.
             * @member {number} coldSeq
             * @memberof cellmesh.v1.RoomState
             * @instance
             */
            RoomState.prototype.coldSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RoomState applied.
             * @member {Array.<cellmesh.v1.TaskVersions.$Properties>} applied
             * @memberof cellmesh.v1.RoomState
             * @instance
             */
            RoomState.prototype.applied = $util.emptyArray;

            /**
             * RoomState lastCommitSeq.
             * @member {number} lastCommitSeq
             * @memberof cellmesh.v1.RoomState
             * @instance
             */
            RoomState.prototype.lastCommitSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new RoomState instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.RoomState
             * @static
             * @param {cellmesh.v1.RoomState.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.RoomState} RoomState instance
             * @type {{
             *   (properties: cellmesh.v1.RoomState.$Shape): cellmesh.v1.RoomState & cellmesh.v1.RoomState.$Shape;
             *   (properties?: cellmesh.v1.RoomState.$Properties): cellmesh.v1.RoomState;
             * }}
             */
            RoomState.create = function(properties) {
                return new RoomState(properties);
            };

            /**
             * Encodes the specified RoomState message. Does not implicitly {@link cellmesh.v1.RoomState.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.RoomState
             * @static
             * @param {cellmesh.v1.RoomState.$Properties} m RoomState message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RoomState.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.gameId != null && $Object.hasOwnProperty.call(m, "gameId") && m.gameId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.gameId);
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId") && m.roomId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.roomId);
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.version);
                if (m.entries != null && m.entries.length) {
                    for (var i = 0; i < m.entries.length; ++i)
                        $root.cellmesh.v1.KeyValue.encode(m.entries[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.crdtState != null && $Object.hasOwnProperty.call(m, "crdtState") && m.crdtState.length)
                    w.uint32(/* id 5, wireType 2 =*/42).bytes(m.crdtState);
                if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs") && (typeof m.updatedAtMs === "object" ? m.updatedAtMs.low || m.updatedAtMs.high : m.updatedAtMs !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.updatedAtMs);
                if (m.policy != null && $Object.hasOwnProperty.call(m, "policy") && m.policy !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).int32(m.policy);
                if (m.coldSeq != null && $Object.hasOwnProperty.call(m, "coldSeq") && (typeof m.coldSeq === "object" ? m.coldSeq.low || m.coldSeq.high : m.coldSeq !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).uint64(m.coldSeq);
                if (m.applied != null && m.applied.length) {
                    for (var i = 0; i < m.applied.length; ++i)
                        $root.cellmesh.v1.TaskVersions.encode(m.applied[i], w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                }
                if (m.lastCommitSeq != null && $Object.hasOwnProperty.call(m, "lastCommitSeq") && (typeof m.lastCommitSeq === "object" ? m.lastCommitSeq.low || m.lastCommitSeq.high : m.lastCommitSeq !== 0))
                    w.uint32(/* id 10, wireType 0 =*/80).uint64(m.lastCommitSeq);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RoomState message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.RoomState
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.RoomState & cellmesh.v1.RoomState.$Shape} RoomState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RoomState.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.RoomState();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.gameId = v;
                            else
                                delete m.gameId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.roomId = v;
                            else
                                delete m.roomId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.entries && m.entries.length))
                                m.entries = [];
                            m.entries.push($root.cellmesh.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.crdtState = v;
                            else
                                delete m.crdtState;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.updatedAtMs = v;
                            else
                                delete m.updatedAtMs;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.policy = v;
                            else
                                delete m.policy;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.coldSeq = v;
                            else
                                delete m.coldSeq;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if (!(m.applied && m.applied.length))
                                m.applied = [];
                            m.applied.push($root.cellmesh.v1.TaskVersions.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.lastCommitSeq = v;
                            else
                                delete m.lastCommitSeq;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a RoomState message.
             * @function verify
             * @memberof cellmesh.v1.RoomState
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RoomState.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.gameId != null && $Object.hasOwnProperty.call(m, "gameId")) {
                    if (!$util.isString(m.gameId))
                        return "gameId: string expected";
                }
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId")) {
                    if (!$util.isString(m.roomId))
                        return "roomId: string expected";
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isInteger(m.version) && !(m.version && $util.isInteger(m.version.low) && $util.isInteger(m.version.high)))
                        return "version: integer|Long expected";
                }
                if (m.entries != null && $Object.hasOwnProperty.call(m, "entries")) {
                    if (!$Array.isArray(m.entries))
                        return "entries: array expected";
                    for (var i = 0; i < m.entries.length; ++i) {
                        {
                            var e = $root.cellmesh.v1.KeyValue.verify(m.entries[i], q + 1);
                            if (e)
                                return "entries." + e;
                        }
                    }
                }
                if (m.crdtState != null && $Object.hasOwnProperty.call(m, "crdtState")) {
                    if (!(m.crdtState && typeof m.crdtState.length === "number" || $util.isString(m.crdtState)))
                        return "crdtState: buffer expected";
                }
                if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs")) {
                    if (!$util.isInteger(m.updatedAtMs) && !(m.updatedAtMs && $util.isInteger(m.updatedAtMs.low) && $util.isInteger(m.updatedAtMs.high)))
                        return "updatedAtMs: integer|Long expected";
                }
                if (m.policy != null && $Object.hasOwnProperty.call(m, "policy")) {
                    if (typeof m.policy !== "number" || (m.policy | 0) !== m.policy)
                        return "policy: enum value expected";
                }
                if (m.coldSeq != null && $Object.hasOwnProperty.call(m, "coldSeq")) {
                    if (!$util.isInteger(m.coldSeq) && !(m.coldSeq && $util.isInteger(m.coldSeq.low) && $util.isInteger(m.coldSeq.high)))
                        return "coldSeq: integer|Long expected";
                }
                if (m.applied != null && $Object.hasOwnProperty.call(m, "applied")) {
                    if (!$Array.isArray(m.applied))
                        return "applied: array expected";
                    for (var i = 0; i < m.applied.length; ++i) {
                        {
                            var e = $root.cellmesh.v1.TaskVersions.verify(m.applied[i], q + 1);
                            if (e)
                                return "applied." + e;
                        }
                    }
                }
                if (m.lastCommitSeq != null && $Object.hasOwnProperty.call(m, "lastCommitSeq")) {
                    if (!$util.isInteger(m.lastCommitSeq) && !(m.lastCommitSeq && $util.isInteger(m.lastCommitSeq.low) && $util.isInteger(m.lastCommitSeq.high)))
                        return "lastCommitSeq: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a RoomState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.RoomState
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.RoomState} RoomState
             */
            RoomState.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.RoomState)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.RoomState: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.RoomState();
                if (d.gameId != null) {
                    if (typeof d.gameId !== "string" || d.gameId.length) {
                        m.gameId = $String(d.gameId);
                    }
                }
                if (d.roomId != null) {
                    if (typeof d.roomId !== "string" || d.roomId.length) {
                        m.roomId = $String(d.roomId);
                    }
                }
                if (d.version != null) {
                    if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                        if ($util.Long)
                            m.version = $util.Long.fromValue(d.version, true);
                        else if (typeof d.version === "string")
                            m.version = $parseInt(d.version, 10);
                        else if (typeof d.version === "number")
                            m.version = d.version;
                        else if (typeof d.version === "object")
                            m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber(true);
                    }
                }
                if (d.entries) {
                    if (!$Array.isArray(d.entries))
                        throw $TypeError(".cellmesh.v1.RoomState.entries: array expected");
                    m.entries = $Array(d.entries.length);
                    for (var i = 0; i < d.entries.length; ++i) {
                        if (!$util.isObject(d.entries[i]))
                            throw $TypeError(".cellmesh.v1.RoomState.entries: object expected");
                        m.entries[i] = $root.cellmesh.v1.KeyValue.fromObject(d.entries[i], q + 1);
                    }
                }
                if (d.crdtState != null) {
                    if (d.crdtState.length) {
                        if (typeof d.crdtState === "string")
                            $util.base64.decode(d.crdtState, m.crdtState = $util.newBuffer($util.base64.length(d.crdtState)), 0);
                        else if (d.crdtState.length >= 0)
                            m.crdtState = d.crdtState;
                    }
                }
                if (d.updatedAtMs != null) {
                    if (typeof d.updatedAtMs === "object" ? d.updatedAtMs.low || d.updatedAtMs.high : $Number(d.updatedAtMs) !== 0) {
                        if ($util.Long)
                            m.updatedAtMs = $util.Long.fromValue(d.updatedAtMs, false);
                        else if (typeof d.updatedAtMs === "string")
                            m.updatedAtMs = $parseInt(d.updatedAtMs, 10);
                        else if (typeof d.updatedAtMs === "number")
                            m.updatedAtMs = d.updatedAtMs;
                        else if (typeof d.updatedAtMs === "object")
                            m.updatedAtMs = new $util.LongBits(d.updatedAtMs.low >>> 0, d.updatedAtMs.high >>> 0).toNumber();
                    }
                }
                if (d.policy !== 0 && (typeof d.policy !== "string" || $root.cellmesh.v1.ConflictPolicy[d.policy] !== 0)) {
                    switch (d.policy) {
                    case "CONFLICT_POLICY_UNSPECIFIED":
                    case 0:
                        m.policy = 0;
                        break;
                    case "CONFLICT_POLICY_LAST_WRITER_WINS":
                    case 1:
                        m.policy = 1;
                        break;
                    case "CONFLICT_POLICY_CRDT_MERGE":
                    case 2:
                        m.policy = 2;
                        break;
                    case "CONFLICT_POLICY_REJECT_STALE":
                    case 3:
                        m.policy = 3;
                        break;
                    default:
                        if (typeof d.policy === "number" && (d.policy | 0) === d.policy)
                            m.policy = d.policy;
                    }
                }
                if (d.coldSeq != null) {
                    if (typeof d.coldSeq === "object" ? d.coldSeq.low || d.coldSeq.high : $Number(d.coldSeq) !== 0) {
                        if ($util.Long)
                            m.coldSeq = $util.Long.fromValue(d.coldSeq, true);
                        else if (typeof d.coldSeq === "string")
                            m.coldSeq = $parseInt(d.coldSeq, 10);
                        else if (typeof d.coldSeq === "number")
                            m.coldSeq = d.coldSeq;
                        else if (typeof d.coldSeq === "object")
                            m.coldSeq = new $util.LongBits(d.coldSeq.low >>> 0, d.coldSeq.high >>> 0).toNumber(true);
                    }
                }
                if (d.applied) {
                    if (!$Array.isArray(d.applied))
                        throw $TypeError(".cellmesh.v1.RoomState.applied: array expected");
                    m.applied = $Array(d.applied.length);
                    for (var i = 0; i < d.applied.length; ++i) {
                        if (!$util.isObject(d.applied[i]))
                            throw $TypeError(".cellmesh.v1.RoomState.applied: object expected");
                        m.applied[i] = $root.cellmesh.v1.TaskVersions.fromObject(d.applied[i], q + 1);
                    }
                }
                if (d.lastCommitSeq != null) {
                    if (typeof d.lastCommitSeq === "object" ? d.lastCommitSeq.low || d.lastCommitSeq.high : $Number(d.lastCommitSeq) !== 0) {
                        if ($util.Long)
                            m.lastCommitSeq = $util.Long.fromValue(d.lastCommitSeq, true);
                        else if (typeof d.lastCommitSeq === "string")
                            m.lastCommitSeq = $parseInt(d.lastCommitSeq, 10);
                        else if (typeof d.lastCommitSeq === "number")
                            m.lastCommitSeq = d.lastCommitSeq;
                        else if (typeof d.lastCommitSeq === "object")
                            m.lastCommitSeq = new $util.LongBits(d.lastCommitSeq.low >>> 0, d.lastCommitSeq.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RoomState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.RoomState
             * @static
             * @param {cellmesh.v1.RoomState} m RoomState
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RoomState.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.entries = [];
                    d.applied = [];
                }
                if (o.defaults) {
                    d.gameId = "";
                    d.roomId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.crdtState = "";
                    else {
                        d.crdtState = [];
                        if (o.bytes !== $Array)
                            d.crdtState = $util.newBuffer(d.crdtState);
                    }
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.updatedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.updatedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.policy = o.enums === $String ? "CONFLICT_POLICY_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.coldSeq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.coldSeq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.lastCommitSeq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lastCommitSeq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.gameId != null && $Object.hasOwnProperty.call(m, "gameId")) {
                    d.gameId = m.gameId;
                }
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId")) {
                    d.roomId = m.roomId;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, true).toBigInt();
                    else if (typeof m.version === "number")
                        d.version = o.longs === $String ? $String(m.version) : m.version;
                    else
                        d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber(true) : m.version;
                }
                if (m.entries && m.entries.length) {
                    d.entries = $Array(m.entries.length);
                    for (var j = 0; j < m.entries.length; ++j) {
                        d.entries[j] = $root.cellmesh.v1.KeyValue.toObject(m.entries[j], o, q + 1);
                    }
                }
                if (m.crdtState != null && $Object.hasOwnProperty.call(m, "crdtState")) {
                    d.crdtState = o.bytes === $String ? $util.base64.encode(m.crdtState, 0, m.crdtState.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.crdtState) : m.crdtState;
                }
                if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.updatedAtMs = typeof m.updatedAtMs === "number" ? $BigInt(m.updatedAtMs) : $util.Long.fromBits(m.updatedAtMs.low >>> 0, m.updatedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.updatedAtMs === "number")
                        d.updatedAtMs = o.longs === $String ? $String(m.updatedAtMs) : m.updatedAtMs;
                    else
                        d.updatedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.updatedAtMs) : o.longs === $Number ? new $util.LongBits(m.updatedAtMs.low >>> 0, m.updatedAtMs.high >>> 0).toNumber() : m.updatedAtMs;
                }
                if (m.policy != null && $Object.hasOwnProperty.call(m, "policy")) {
                    d.policy = o.enums === $String ? $root.cellmesh.v1.ConflictPolicy[m.policy] === $undefined ? m.policy : $root.cellmesh.v1.ConflictPolicy[m.policy] : m.policy;
                }
                if (m.coldSeq != null && $Object.hasOwnProperty.call(m, "coldSeq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.coldSeq = typeof m.coldSeq === "number" ? $BigInt(m.coldSeq) : $util.Long.fromBits(m.coldSeq.low >>> 0, m.coldSeq.high >>> 0, true).toBigInt();
                    else if (typeof m.coldSeq === "number")
                        d.coldSeq = o.longs === $String ? $String(m.coldSeq) : m.coldSeq;
                    else
                        d.coldSeq = o.longs === $String ? $util.Long.prototype.toString.call(m.coldSeq) : o.longs === $Number ? new $util.LongBits(m.coldSeq.low >>> 0, m.coldSeq.high >>> 0).toNumber(true) : m.coldSeq;
                }
                if (m.applied && m.applied.length) {
                    d.applied = $Array(m.applied.length);
                    for (var j = 0; j < m.applied.length; ++j) {
                        d.applied[j] = $root.cellmesh.v1.TaskVersions.toObject(m.applied[j], o, q + 1);
                    }
                }
                if (m.lastCommitSeq != null && $Object.hasOwnProperty.call(m, "lastCommitSeq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lastCommitSeq = typeof m.lastCommitSeq === "number" ? $BigInt(m.lastCommitSeq) : $util.Long.fromBits(m.lastCommitSeq.low >>> 0, m.lastCommitSeq.high >>> 0, true).toBigInt();
                    else if (typeof m.lastCommitSeq === "number")
                        d.lastCommitSeq = o.longs === $String ? $String(m.lastCommitSeq) : m.lastCommitSeq;
                    else
                        d.lastCommitSeq = o.longs === $String ? $util.Long.prototype.toString.call(m.lastCommitSeq) : o.longs === $Number ? new $util.LongBits(m.lastCommitSeq.low >>> 0, m.lastCommitSeq.high >>> 0).toNumber(true) : m.lastCommitSeq;
                }
                return d;
            };

            /**
             * Converts this RoomState to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.RoomState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RoomState.prototype.toJSON = function() {
                return RoomState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RoomState
             * @function getTypeUrl
             * @memberof cellmesh.v1.RoomState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RoomState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.RoomState";
            };

            return RoomState;
        })();

        v1.HistoryEntry = (function() {

            /**
             * Properties of a HistoryEntry.
             * @typedef {Object} cellmesh.v1.HistoryEntry.$Properties
             * @property {cellmesh.v1.CommitDelta.$Properties|null} [delta] HistoryEntry delta
             * @property {number|null} [roomVersion] HistoryEntry roomVersion
             * @property {number|null} [commitSeq] HistoryEntry commitSeq
             * @property {number|null} [appliedAtMs] HistoryEntry appliedAtMs
             * @property {string|null} [committerNodeId] HistoryEntry committerNodeId
             * @property {cellmesh.v1.ConflictPolicy|null} [policy] HistoryEntry policy
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HistoryEntry.
             * @memberof cellmesh.v1
             * @interface IHistoryEntry
             * @augments cellmesh.v1.HistoryEntry.$Properties
             * @deprecated Use cellmesh.v1.HistoryEntry.$Properties instead.
             */

            /**
             * Shape of a HistoryEntry.
             * @typedef {cellmesh.v1.HistoryEntry.$Properties} cellmesh.v1.HistoryEntry.$Shape
             */

            /**
             * Constructs a new HistoryEntry.
             * @memberof cellmesh.v1
             * @classdesc Represents a HistoryEntry.
             * @constructor
             * @param {cellmesh.v1.HistoryEntry.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var HistoryEntry = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HistoryEntry delta.
             * @member {cellmesh.v1.CommitDelta.$Properties|null|undefined} delta
             * @memberof cellmesh.v1.HistoryEntry
             * @instance
             */
            HistoryEntry.prototype.delta = null;

            /**
             * HistoryEntry roomVersion.
             * @member {number} roomVersion
             * @memberof cellmesh.v1.HistoryEntry
             * @instance
             */
            HistoryEntry.prototype.roomVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HistoryEntry commitSeq.
             * @member {number} commitSeq
             * @memberof cellmesh.v1.HistoryEntry
             * @instance
             */
            HistoryEntry.prototype.commitSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HistoryEntry appliedAtMs.
             * @member {number} appliedAtMs
             * @memberof cellmesh.v1.HistoryEntry
             * @instance
             */
            HistoryEntry.prototype.appliedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HistoryEntry committerNodeId.
             * @member {string} committerNodeId
             * @memberof cellmesh.v1.HistoryEntry
             * @instance
             */
            HistoryEntry.prototype.committerNodeId = "";

            /**
             * HistoryEntry policy.
             * @member {cellmesh.v1.ConflictPolicy} policy
             * @memberof cellmesh.v1.HistoryEntry
             * @instance
             */
            HistoryEntry.prototype.policy = 0;

            /**
             * Creates a new HistoryEntry instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.HistoryEntry
             * @static
             * @param {cellmesh.v1.HistoryEntry.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.HistoryEntry} HistoryEntry instance
             * @type {{
             *   (properties: cellmesh.v1.HistoryEntry.$Shape): cellmesh.v1.HistoryEntry & cellmesh.v1.HistoryEntry.$Shape;
             *   (properties?: cellmesh.v1.HistoryEntry.$Properties): cellmesh.v1.HistoryEntry;
             * }}
             */
            HistoryEntry.create = function(properties) {
                return new HistoryEntry(properties);
            };

            /**
             * Encodes the specified HistoryEntry message. Does not implicitly {@link cellmesh.v1.HistoryEntry.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.HistoryEntry
             * @static
             * @param {cellmesh.v1.HistoryEntry.$Properties} m HistoryEntry message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HistoryEntry.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.delta != null && $Object.hasOwnProperty.call(m, "delta"))
                    $root.cellmesh.v1.CommitDelta.encode(m.delta, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.roomVersion != null && $Object.hasOwnProperty.call(m, "roomVersion") && (typeof m.roomVersion === "object" ? m.roomVersion.low || m.roomVersion.high : m.roomVersion !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.roomVersion);
                if (m.commitSeq != null && $Object.hasOwnProperty.call(m, "commitSeq") && (typeof m.commitSeq === "object" ? m.commitSeq.low || m.commitSeq.high : m.commitSeq !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.commitSeq);
                if (m.appliedAtMs != null && $Object.hasOwnProperty.call(m, "appliedAtMs") && (typeof m.appliedAtMs === "object" ? m.appliedAtMs.low || m.appliedAtMs.high : m.appliedAtMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.appliedAtMs);
                if (m.committerNodeId != null && $Object.hasOwnProperty.call(m, "committerNodeId") && m.committerNodeId !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.committerNodeId);
                if (m.policy != null && $Object.hasOwnProperty.call(m, "policy") && m.policy !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).int32(m.policy);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a HistoryEntry message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.HistoryEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.HistoryEntry & cellmesh.v1.HistoryEntry.$Shape} HistoryEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HistoryEntry.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.HistoryEntry();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.delta = $root.cellmesh.v1.CommitDelta.decode(r, r.size(), $undefined, q + 1, m.delta);
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.roomVersion = v;
                            else
                                delete m.roomVersion;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.commitSeq = v;
                            else
                                delete m.commitSeq;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.appliedAtMs = v;
                            else
                                delete m.appliedAtMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.committerNodeId = v;
                            else
                                delete m.committerNodeId;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.policy = v;
                            else
                                delete m.policy;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a HistoryEntry message.
             * @function verify
             * @memberof cellmesh.v1.HistoryEntry
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HistoryEntry.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.delta != null && $Object.hasOwnProperty.call(m, "delta")) {
                    {
                        var e = $root.cellmesh.v1.CommitDelta.verify(m.delta, q + 1);
                        if (e)
                            return "delta." + e;
                    }
                }
                if (m.roomVersion != null && $Object.hasOwnProperty.call(m, "roomVersion")) {
                    if (!$util.isInteger(m.roomVersion) && !(m.roomVersion && $util.isInteger(m.roomVersion.low) && $util.isInteger(m.roomVersion.high)))
                        return "roomVersion: integer|Long expected";
                }
                if (m.commitSeq != null && $Object.hasOwnProperty.call(m, "commitSeq")) {
                    if (!$util.isInteger(m.commitSeq) && !(m.commitSeq && $util.isInteger(m.commitSeq.low) && $util.isInteger(m.commitSeq.high)))
                        return "commitSeq: integer|Long expected";
                }
                if (m.appliedAtMs != null && $Object.hasOwnProperty.call(m, "appliedAtMs")) {
                    if (!$util.isInteger(m.appliedAtMs) && !(m.appliedAtMs && $util.isInteger(m.appliedAtMs.low) && $util.isInteger(m.appliedAtMs.high)))
                        return "appliedAtMs: integer|Long expected";
                }
                if (m.committerNodeId != null && $Object.hasOwnProperty.call(m, "committerNodeId")) {
                    if (!$util.isString(m.committerNodeId))
                        return "committerNodeId: string expected";
                }
                if (m.policy != null && $Object.hasOwnProperty.call(m, "policy")) {
                    if (typeof m.policy !== "number" || (m.policy | 0) !== m.policy)
                        return "policy: enum value expected";
                }
                return null;
            };

            /**
             * Creates a HistoryEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.HistoryEntry
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.HistoryEntry} HistoryEntry
             */
            HistoryEntry.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.HistoryEntry)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.HistoryEntry: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.HistoryEntry();
                if (d.delta != null) {
                    if (!$util.isObject(d.delta))
                        throw $TypeError(".cellmesh.v1.HistoryEntry.delta: object expected");
                    m.delta = $root.cellmesh.v1.CommitDelta.fromObject(d.delta, q + 1);
                }
                if (d.roomVersion != null) {
                    if (typeof d.roomVersion === "object" ? d.roomVersion.low || d.roomVersion.high : $Number(d.roomVersion) !== 0) {
                        if ($util.Long)
                            m.roomVersion = $util.Long.fromValue(d.roomVersion, true);
                        else if (typeof d.roomVersion === "string")
                            m.roomVersion = $parseInt(d.roomVersion, 10);
                        else if (typeof d.roomVersion === "number")
                            m.roomVersion = d.roomVersion;
                        else if (typeof d.roomVersion === "object")
                            m.roomVersion = new $util.LongBits(d.roomVersion.low >>> 0, d.roomVersion.high >>> 0).toNumber(true);
                    }
                }
                if (d.commitSeq != null) {
                    if (typeof d.commitSeq === "object" ? d.commitSeq.low || d.commitSeq.high : $Number(d.commitSeq) !== 0) {
                        if ($util.Long)
                            m.commitSeq = $util.Long.fromValue(d.commitSeq, true);
                        else if (typeof d.commitSeq === "string")
                            m.commitSeq = $parseInt(d.commitSeq, 10);
                        else if (typeof d.commitSeq === "number")
                            m.commitSeq = d.commitSeq;
                        else if (typeof d.commitSeq === "object")
                            m.commitSeq = new $util.LongBits(d.commitSeq.low >>> 0, d.commitSeq.high >>> 0).toNumber(true);
                    }
                }
                if (d.appliedAtMs != null) {
                    if (typeof d.appliedAtMs === "object" ? d.appliedAtMs.low || d.appliedAtMs.high : $Number(d.appliedAtMs) !== 0) {
                        if ($util.Long)
                            m.appliedAtMs = $util.Long.fromValue(d.appliedAtMs, false);
                        else if (typeof d.appliedAtMs === "string")
                            m.appliedAtMs = $parseInt(d.appliedAtMs, 10);
                        else if (typeof d.appliedAtMs === "number")
                            m.appliedAtMs = d.appliedAtMs;
                        else if (typeof d.appliedAtMs === "object")
                            m.appliedAtMs = new $util.LongBits(d.appliedAtMs.low >>> 0, d.appliedAtMs.high >>> 0).toNumber();
                    }
                }
                if (d.committerNodeId != null) {
                    if (typeof d.committerNodeId !== "string" || d.committerNodeId.length) {
                        m.committerNodeId = $String(d.committerNodeId);
                    }
                }
                if (d.policy !== 0 && (typeof d.policy !== "string" || $root.cellmesh.v1.ConflictPolicy[d.policy] !== 0)) {
                    switch (d.policy) {
                    case "CONFLICT_POLICY_UNSPECIFIED":
                    case 0:
                        m.policy = 0;
                        break;
                    case "CONFLICT_POLICY_LAST_WRITER_WINS":
                    case 1:
                        m.policy = 1;
                        break;
                    case "CONFLICT_POLICY_CRDT_MERGE":
                    case 2:
                        m.policy = 2;
                        break;
                    case "CONFLICT_POLICY_REJECT_STALE":
                    case 3:
                        m.policy = 3;
                        break;
                    default:
                        if (typeof d.policy === "number" && (d.policy | 0) === d.policy)
                            m.policy = d.policy;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HistoryEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.HistoryEntry
             * @static
             * @param {cellmesh.v1.HistoryEntry} m HistoryEntry
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HistoryEntry.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.delta = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.roomVersion = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.roomVersion = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.commitSeq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.commitSeq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.appliedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.appliedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.committerNodeId = "";
                    d.policy = o.enums === $String ? "CONFLICT_POLICY_UNSPECIFIED" : 0;
                }
                if (m.delta != null && $Object.hasOwnProperty.call(m, "delta")) {
                    d.delta = $root.cellmesh.v1.CommitDelta.toObject(m.delta, o, q + 1);
                }
                if (m.roomVersion != null && $Object.hasOwnProperty.call(m, "roomVersion")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.roomVersion = typeof m.roomVersion === "number" ? $BigInt(m.roomVersion) : $util.Long.fromBits(m.roomVersion.low >>> 0, m.roomVersion.high >>> 0, true).toBigInt();
                    else if (typeof m.roomVersion === "number")
                        d.roomVersion = o.longs === $String ? $String(m.roomVersion) : m.roomVersion;
                    else
                        d.roomVersion = o.longs === $String ? $util.Long.prototype.toString.call(m.roomVersion) : o.longs === $Number ? new $util.LongBits(m.roomVersion.low >>> 0, m.roomVersion.high >>> 0).toNumber(true) : m.roomVersion;
                }
                if (m.commitSeq != null && $Object.hasOwnProperty.call(m, "commitSeq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.commitSeq = typeof m.commitSeq === "number" ? $BigInt(m.commitSeq) : $util.Long.fromBits(m.commitSeq.low >>> 0, m.commitSeq.high >>> 0, true).toBigInt();
                    else if (typeof m.commitSeq === "number")
                        d.commitSeq = o.longs === $String ? $String(m.commitSeq) : m.commitSeq;
                    else
                        d.commitSeq = o.longs === $String ? $util.Long.prototype.toString.call(m.commitSeq) : o.longs === $Number ? new $util.LongBits(m.commitSeq.low >>> 0, m.commitSeq.high >>> 0).toNumber(true) : m.commitSeq;
                }
                if (m.appliedAtMs != null && $Object.hasOwnProperty.call(m, "appliedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.appliedAtMs = typeof m.appliedAtMs === "number" ? $BigInt(m.appliedAtMs) : $util.Long.fromBits(m.appliedAtMs.low >>> 0, m.appliedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.appliedAtMs === "number")
                        d.appliedAtMs = o.longs === $String ? $String(m.appliedAtMs) : m.appliedAtMs;
                    else
                        d.appliedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.appliedAtMs) : o.longs === $Number ? new $util.LongBits(m.appliedAtMs.low >>> 0, m.appliedAtMs.high >>> 0).toNumber() : m.appliedAtMs;
                }
                if (m.committerNodeId != null && $Object.hasOwnProperty.call(m, "committerNodeId")) {
                    d.committerNodeId = m.committerNodeId;
                }
                if (m.policy != null && $Object.hasOwnProperty.call(m, "policy")) {
                    d.policy = o.enums === $String ? $root.cellmesh.v1.ConflictPolicy[m.policy] === $undefined ? m.policy : $root.cellmesh.v1.ConflictPolicy[m.policy] : m.policy;
                }
                return d;
            };

            /**
             * Converts this HistoryEntry to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.HistoryEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HistoryEntry.prototype.toJSON = function() {
                return HistoryEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HistoryEntry
             * @function getTypeUrl
             * @memberof cellmesh.v1.HistoryEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HistoryEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.HistoryEntry";
            };

            return HistoryEntry;
        })();

        v1.StateQuery = (function() {

            /**
             * Properties of a StateQuery.
             * @typedef {Object} cellmesh.v1.StateQuery.$Properties
             * @property {string|null} [gameId] StateQuery gameId
             * @property {string|null} [roomId] StateQuery roomId
             * @property {number|null} [atVersion] StateQuery atVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StateQuery.
             * @memberof cellmesh.v1
             * @interface IStateQuery
             * @augments cellmesh.v1.StateQuery.$Properties
             * @deprecated Use cellmesh.v1.StateQuery.$Properties instead.
             */

            /**
             * Shape of a StateQuery.
             * @typedef {cellmesh.v1.StateQuery.$Properties} cellmesh.v1.StateQuery.$Shape
             */

            /**
             * Constructs a new StateQuery.
             * @memberof cellmesh.v1
             * @classdesc Represents a StateQuery.
             * @constructor
             * @param {cellmesh.v1.StateQuery.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StateQuery = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StateQuery gameId.
             * @member {string} gameId
             * @memberof cellmesh.v1.StateQuery
             * @instance
             */
            StateQuery.prototype.gameId = "";

            /**
             * StateQuery roomId.
             * @member {string} roomId
             * @memberof cellmesh.v1.StateQuery
             * @instance
             */
            StateQuery.prototype.roomId = "";

            /**
             * StateQuery atVersion.
             * @member {number} atVersion
             * @memberof cellmesh.v1.StateQuery
             * @instance
             */
            StateQuery.prototype.atVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new StateQuery instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.StateQuery
             * @static
             * @param {cellmesh.v1.StateQuery.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.StateQuery} StateQuery instance
             * @type {{
             *   (properties: cellmesh.v1.StateQuery.$Shape): cellmesh.v1.StateQuery & cellmesh.v1.StateQuery.$Shape;
             *   (properties?: cellmesh.v1.StateQuery.$Properties): cellmesh.v1.StateQuery;
             * }}
             */
            StateQuery.create = function(properties) {
                return new StateQuery(properties);
            };

            /**
             * Encodes the specified StateQuery message. Does not implicitly {@link cellmesh.v1.StateQuery.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.StateQuery
             * @static
             * @param {cellmesh.v1.StateQuery.$Properties} m StateQuery message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StateQuery.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.gameId != null && $Object.hasOwnProperty.call(m, "gameId") && m.gameId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.gameId);
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId") && m.roomId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.roomId);
                if (m.atVersion != null && $Object.hasOwnProperty.call(m, "atVersion") && (typeof m.atVersion === "object" ? m.atVersion.low || m.atVersion.high : m.atVersion !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.atVersion);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a StateQuery message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.StateQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.StateQuery & cellmesh.v1.StateQuery.$Shape} StateQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StateQuery.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.StateQuery();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.gameId = v;
                            else
                                delete m.gameId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.roomId = v;
                            else
                                delete m.roomId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.atVersion = v;
                            else
                                delete m.atVersion;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a StateQuery message.
             * @function verify
             * @memberof cellmesh.v1.StateQuery
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StateQuery.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.gameId != null && $Object.hasOwnProperty.call(m, "gameId")) {
                    if (!$util.isString(m.gameId))
                        return "gameId: string expected";
                }
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId")) {
                    if (!$util.isString(m.roomId))
                        return "roomId: string expected";
                }
                if (m.atVersion != null && $Object.hasOwnProperty.call(m, "atVersion")) {
                    if (!$util.isInteger(m.atVersion) && !(m.atVersion && $util.isInteger(m.atVersion.low) && $util.isInteger(m.atVersion.high)))
                        return "atVersion: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a StateQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.StateQuery
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.StateQuery} StateQuery
             */
            StateQuery.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.StateQuery)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.StateQuery: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.StateQuery();
                if (d.gameId != null) {
                    if (typeof d.gameId !== "string" || d.gameId.length) {
                        m.gameId = $String(d.gameId);
                    }
                }
                if (d.roomId != null) {
                    if (typeof d.roomId !== "string" || d.roomId.length) {
                        m.roomId = $String(d.roomId);
                    }
                }
                if (d.atVersion != null) {
                    if (typeof d.atVersion === "object" ? d.atVersion.low || d.atVersion.high : $Number(d.atVersion) !== 0) {
                        if ($util.Long)
                            m.atVersion = $util.Long.fromValue(d.atVersion, true);
                        else if (typeof d.atVersion === "string")
                            m.atVersion = $parseInt(d.atVersion, 10);
                        else if (typeof d.atVersion === "number")
                            m.atVersion = d.atVersion;
                        else if (typeof d.atVersion === "object")
                            m.atVersion = new $util.LongBits(d.atVersion.low >>> 0, d.atVersion.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StateQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.StateQuery
             * @static
             * @param {cellmesh.v1.StateQuery} m StateQuery
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StateQuery.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.gameId = "";
                    d.roomId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.atVersion = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.atVersion = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.gameId != null && $Object.hasOwnProperty.call(m, "gameId")) {
                    d.gameId = m.gameId;
                }
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId")) {
                    d.roomId = m.roomId;
                }
                if (m.atVersion != null && $Object.hasOwnProperty.call(m, "atVersion")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.atVersion = typeof m.atVersion === "number" ? $BigInt(m.atVersion) : $util.Long.fromBits(m.atVersion.low >>> 0, m.atVersion.high >>> 0, true).toBigInt();
                    else if (typeof m.atVersion === "number")
                        d.atVersion = o.longs === $String ? $String(m.atVersion) : m.atVersion;
                    else
                        d.atVersion = o.longs === $String ? $util.Long.prototype.toString.call(m.atVersion) : o.longs === $Number ? new $util.LongBits(m.atVersion.low >>> 0, m.atVersion.high >>> 0).toNumber(true) : m.atVersion;
                }
                return d;
            };

            /**
             * Converts this StateQuery to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.StateQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StateQuery.prototype.toJSON = function() {
                return StateQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StateQuery
             * @function getTypeUrl
             * @memberof cellmesh.v1.StateQuery
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StateQuery.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.StateQuery";
            };

            return StateQuery;
        })();

        v1.Lease = (function() {

            /**
             * Properties of a Lease.
             * @typedef {Object} cellmesh.v1.Lease.$Properties
             * @property {string|null} [clusterId] Lease clusterId
             * @property {string|null} [holder] Lease holder
             * @property {number|null} [term] Lease term
             * @property {number|null} [acquiredAtMs] Lease acquiredAtMs
             * @property {number|null} [renewedAtMs] Lease renewedAtMs
             * @property {number|null} [expiresAtMs] Lease expiresAtMs
             * @property {number|null} [holderRank] Lease holderRank
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Lease.
             * @memberof cellmesh.v1
             * @interface ILease
             * @augments cellmesh.v1.Lease.$Properties
             * @deprecated Use cellmesh.v1.Lease.$Properties instead.
             */

            /**
             * Shape of a Lease.
             * @typedef {cellmesh.v1.Lease.$Properties} cellmesh.v1.Lease.$Shape
             */

            /**
             * Constructs a new Lease.
             * @memberof cellmesh.v1
             * @classdesc Represents a Lease.
             * @constructor
             * @param {cellmesh.v1.Lease.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Lease = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Lease clusterId.
             * @member {string} clusterId
             * @memberof cellmesh.v1.Lease
             * @instance
             */
            Lease.prototype.clusterId = "";

            /**
             * Lease holder.
             * @member {string} holder
             * @memberof cellmesh.v1.Lease
             * @instance
             */
            Lease.prototype.holder = "";

            /**
             * Lease term.
             * @member {number} term
             * @memberof cellmesh.v1.Lease
             * @instance
             */
            Lease.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Lease acquiredAtMs.
             * @member {number} acquiredAtMs
             * @memberof cellmesh.v1.Lease
             * @instance
             */
            Lease.prototype.acquiredAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Lease renewedAtMs.
             * @member {number} renewedAtMs
             * @memberof cellmesh.v1.Lease
             * @instance
             */
            Lease.prototype.renewedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Lease expiresAtMs.
             * @member {number} expiresAtMs
             * @memberof cellmesh.v1.Lease
             * @instance
             */
            Lease.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Lease holderRank.
             * @member {number} holderRank
             * @memberof cellmesh.v1.Lease
             * @instance
             */
            Lease.prototype.holderRank = 0;

            /**
             * Creates a new Lease instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.Lease
             * @static
             * @param {cellmesh.v1.Lease.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.Lease} Lease instance
             * @type {{
             *   (properties: cellmesh.v1.Lease.$Shape): cellmesh.v1.Lease & cellmesh.v1.Lease.$Shape;
             *   (properties?: cellmesh.v1.Lease.$Properties): cellmesh.v1.Lease;
             * }}
             */
            Lease.create = function(properties) {
                return new Lease(properties);
            };

            /**
             * Encodes the specified Lease message. Does not implicitly {@link cellmesh.v1.Lease.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.Lease
             * @static
             * @param {cellmesh.v1.Lease.$Properties} m Lease message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Lease.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId") && m.clusterId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.clusterId);
                if (m.holder != null && $Object.hasOwnProperty.call(m, "holder") && m.holder !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.holder);
                if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.term);
                if (m.acquiredAtMs != null && $Object.hasOwnProperty.call(m, "acquiredAtMs") && (typeof m.acquiredAtMs === "object" ? m.acquiredAtMs.low || m.acquiredAtMs.high : m.acquiredAtMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.acquiredAtMs);
                if (m.renewedAtMs != null && $Object.hasOwnProperty.call(m, "renewedAtMs") && (typeof m.renewedAtMs === "object" ? m.renewedAtMs.low || m.renewedAtMs.high : m.renewedAtMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.renewedAtMs);
                if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs") && (typeof m.expiresAtMs === "object" ? m.expiresAtMs.low || m.expiresAtMs.high : m.expiresAtMs !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.expiresAtMs);
                if (m.holderRank != null && $Object.hasOwnProperty.call(m, "holderRank") && !$Object.is(m.holderRank, 0))
                    w.uint32(/* id 7, wireType 1 =*/57).double(m.holderRank);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Lease message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.Lease
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.Lease & cellmesh.v1.Lease.$Shape} Lease
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Lease.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.Lease();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.clusterId = v;
                            else
                                delete m.clusterId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.holder = v;
                            else
                                delete m.holder;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.term = v;
                            else
                                delete m.term;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.acquiredAtMs = v;
                            else
                                delete m.acquiredAtMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.renewedAtMs = v;
                            else
                                delete m.renewedAtMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.expiresAtMs = v;
                            else
                                delete m.expiresAtMs;
                            continue;
                        }
                    case 7: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.holderRank = v;
                            else
                                delete m.holderRank;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a Lease message.
             * @function verify
             * @memberof cellmesh.v1.Lease
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Lease.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    if (!$util.isString(m.clusterId))
                        return "clusterId: string expected";
                }
                if (m.holder != null && $Object.hasOwnProperty.call(m, "holder")) {
                    if (!$util.isString(m.holder))
                        return "holder: string expected";
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (!$util.isInteger(m.term) && !(m.term && $util.isInteger(m.term.low) && $util.isInteger(m.term.high)))
                        return "term: integer|Long expected";
                }
                if (m.acquiredAtMs != null && $Object.hasOwnProperty.call(m, "acquiredAtMs")) {
                    if (!$util.isInteger(m.acquiredAtMs) && !(m.acquiredAtMs && $util.isInteger(m.acquiredAtMs.low) && $util.isInteger(m.acquiredAtMs.high)))
                        return "acquiredAtMs: integer|Long expected";
                }
                if (m.renewedAtMs != null && $Object.hasOwnProperty.call(m, "renewedAtMs")) {
                    if (!$util.isInteger(m.renewedAtMs) && !(m.renewedAtMs && $util.isInteger(m.renewedAtMs.low) && $util.isInteger(m.renewedAtMs.high)))
                        return "renewedAtMs: integer|Long expected";
                }
                if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs")) {
                    if (!$util.isInteger(m.expiresAtMs) && !(m.expiresAtMs && $util.isInteger(m.expiresAtMs.low) && $util.isInteger(m.expiresAtMs.high)))
                        return "expiresAtMs: integer|Long expected";
                }
                if (m.holderRank != null && $Object.hasOwnProperty.call(m, "holderRank")) {
                    if (typeof m.holderRank !== "number")
                        return "holderRank: number expected";
                }
                return null;
            };

            /**
             * Creates a Lease message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.Lease
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.Lease} Lease
             */
            Lease.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.Lease)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.Lease: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.Lease();
                if (d.clusterId != null) {
                    if (typeof d.clusterId !== "string" || d.clusterId.length) {
                        m.clusterId = $String(d.clusterId);
                    }
                }
                if (d.holder != null) {
                    if (typeof d.holder !== "string" || d.holder.length) {
                        m.holder = $String(d.holder);
                    }
                }
                if (d.term != null) {
                    if (typeof d.term === "object" ? d.term.low || d.term.high : $Number(d.term) !== 0) {
                        if ($util.Long)
                            m.term = $util.Long.fromValue(d.term, true);
                        else if (typeof d.term === "string")
                            m.term = $parseInt(d.term, 10);
                        else if (typeof d.term === "number")
                            m.term = d.term;
                        else if (typeof d.term === "object")
                            m.term = new $util.LongBits(d.term.low >>> 0, d.term.high >>> 0).toNumber(true);
                    }
                }
                if (d.acquiredAtMs != null) {
                    if (typeof d.acquiredAtMs === "object" ? d.acquiredAtMs.low || d.acquiredAtMs.high : $Number(d.acquiredAtMs) !== 0) {
                        if ($util.Long)
                            m.acquiredAtMs = $util.Long.fromValue(d.acquiredAtMs, false);
                        else if (typeof d.acquiredAtMs === "string")
                            m.acquiredAtMs = $parseInt(d.acquiredAtMs, 10);
                        else if (typeof d.acquiredAtMs === "number")
                            m.acquiredAtMs = d.acquiredAtMs;
                        else if (typeof d.acquiredAtMs === "object")
                            m.acquiredAtMs = new $util.LongBits(d.acquiredAtMs.low >>> 0, d.acquiredAtMs.high >>> 0).toNumber();
                    }
                }
                if (d.renewedAtMs != null) {
                    if (typeof d.renewedAtMs === "object" ? d.renewedAtMs.low || d.renewedAtMs.high : $Number(d.renewedAtMs) !== 0) {
                        if ($util.Long)
                            m.renewedAtMs = $util.Long.fromValue(d.renewedAtMs, false);
                        else if (typeof d.renewedAtMs === "string")
                            m.renewedAtMs = $parseInt(d.renewedAtMs, 10);
                        else if (typeof d.renewedAtMs === "number")
                            m.renewedAtMs = d.renewedAtMs;
                        else if (typeof d.renewedAtMs === "object")
                            m.renewedAtMs = new $util.LongBits(d.renewedAtMs.low >>> 0, d.renewedAtMs.high >>> 0).toNumber();
                    }
                }
                if (d.expiresAtMs != null) {
                    if (typeof d.expiresAtMs === "object" ? d.expiresAtMs.low || d.expiresAtMs.high : $Number(d.expiresAtMs) !== 0) {
                        if ($util.Long)
                            m.expiresAtMs = $util.Long.fromValue(d.expiresAtMs, false);
                        else if (typeof d.expiresAtMs === "string")
                            m.expiresAtMs = $parseInt(d.expiresAtMs, 10);
                        else if (typeof d.expiresAtMs === "number")
                            m.expiresAtMs = d.expiresAtMs;
                        else if (typeof d.expiresAtMs === "object")
                            m.expiresAtMs = new $util.LongBits(d.expiresAtMs.low >>> 0, d.expiresAtMs.high >>> 0).toNumber();
                    }
                }
                if (d.holderRank != null) {
                    if (!$Object.is($Number(d.holderRank), 0)) {
                        m.holderRank = $Number(d.holderRank);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Lease message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.Lease
             * @static
             * @param {cellmesh.v1.Lease} m Lease
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Lease.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.clusterId = "";
                    d.holder = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.acquiredAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.acquiredAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.renewedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.renewedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.expiresAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.expiresAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.holderRank = 0;
                }
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    d.clusterId = m.clusterId;
                }
                if (m.holder != null && $Object.hasOwnProperty.call(m, "holder")) {
                    d.holder = m.holder;
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                    else if (typeof m.term === "number")
                        d.term = o.longs === $String ? $String(m.term) : m.term;
                    else
                        d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
                }
                if (m.acquiredAtMs != null && $Object.hasOwnProperty.call(m, "acquiredAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.acquiredAtMs = typeof m.acquiredAtMs === "number" ? $BigInt(m.acquiredAtMs) : $util.Long.fromBits(m.acquiredAtMs.low >>> 0, m.acquiredAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.acquiredAtMs === "number")
                        d.acquiredAtMs = o.longs === $String ? $String(m.acquiredAtMs) : m.acquiredAtMs;
                    else
                        d.acquiredAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.acquiredAtMs) : o.longs === $Number ? new $util.LongBits(m.acquiredAtMs.low >>> 0, m.acquiredAtMs.high >>> 0).toNumber() : m.acquiredAtMs;
                }
                if (m.renewedAtMs != null && $Object.hasOwnProperty.call(m, "renewedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.renewedAtMs = typeof m.renewedAtMs === "number" ? $BigInt(m.renewedAtMs) : $util.Long.fromBits(m.renewedAtMs.low >>> 0, m.renewedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.renewedAtMs === "number")
                        d.renewedAtMs = o.longs === $String ? $String(m.renewedAtMs) : m.renewedAtMs;
                    else
                        d.renewedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.renewedAtMs) : o.longs === $Number ? new $util.LongBits(m.renewedAtMs.low >>> 0, m.renewedAtMs.high >>> 0).toNumber() : m.renewedAtMs;
                }
                if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.expiresAtMs = typeof m.expiresAtMs === "number" ? $BigInt(m.expiresAtMs) : $util.Long.fromBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.expiresAtMs === "number")
                        d.expiresAtMs = o.longs === $String ? $String(m.expiresAtMs) : m.expiresAtMs;
                    else
                        d.expiresAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.expiresAtMs) : o.longs === $Number ? new $util.LongBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0).toNumber() : m.expiresAtMs;
                }
                if (m.holderRank != null && $Object.hasOwnProperty.call(m, "holderRank")) {
                    d.holderRank = o.json && !$isFinite(m.holderRank) ? $String(m.holderRank) : m.holderRank;
                }
                return d;
            };

            /**
             * Converts this Lease to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.Lease
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Lease.prototype.toJSON = function() {
                return Lease.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Lease
             * @function getTypeUrl
             * @memberof cellmesh.v1.Lease
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Lease.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.Lease";
            };

            return Lease;
        })();

        /**
         * LeaderChangeReason enum.
         * @name cellmesh.v1.LeaderChangeReason
         * @enum {number}
         * @property {number} LEADER_CHANGE_REASON_UNSPECIFIED=0 LEADER_CHANGE_REASON_UNSPECIFIED value
         * @property {number} LEADER_CHANGE_REASON_ELECTED=1 LEADER_CHANGE_REASON_ELECTED value
         * @property {number} LEADER_CHANGE_REASON_LEASE_EXPIRED=2 LEADER_CHANGE_REASON_LEASE_EXPIRED value
         * @property {number} LEADER_CHANGE_REASON_RESIGNED=3 LEADER_CHANGE_REASON_RESIGNED value
         * @property {number} LEADER_CHANGE_REASON_UNSTABLE_RTT=4 LEADER_CHANGE_REASON_UNSTABLE_RTT value
         * @property {number} LEADER_CHANGE_REASON_LEFT_CLUSTER=5 LEADER_CHANGE_REASON_LEFT_CLUSTER value
         * @property {number} LEADER_CHANGE_REASON_BETTER_CANDIDATE=6 LEADER_CHANGE_REASON_BETTER_CANDIDATE value
         */
        v1.LeaderChangeReason = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LEADER_CHANGE_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LEADER_CHANGE_REASON_ELECTED"] = 1;
            values[valuesById[2] = "LEADER_CHANGE_REASON_LEASE_EXPIRED"] = 2;
            values[valuesById[3] = "LEADER_CHANGE_REASON_RESIGNED"] = 3;
            values[valuesById[4] = "LEADER_CHANGE_REASON_UNSTABLE_RTT"] = 4;
            values[valuesById[5] = "LEADER_CHANGE_REASON_LEFT_CLUSTER"] = 5;
            values[valuesById[6] = "LEADER_CHANGE_REASON_BETTER_CANDIDATE"] = 6;
            return values;
        })();

        v1.LeaderChanged = (function() {

            /**
             * Properties of a LeaderChanged.
             * @typedef {Object} cellmesh.v1.LeaderChanged.$Properties
             * @property {string|null} [clusterId] LeaderChanged clusterId
             * @property {string|null} [oldHolder] LeaderChanged oldHolder
             * @property {string|null} [newHolder] LeaderChanged newHolder
             * @property {number|null} [term] LeaderChanged term
             * @property {cellmesh.v1.LeaderChangeReason|null} [reason] LeaderChanged reason
             * @property {number|null} [changedAtMs] LeaderChanged changedAtMs
             * @property {string|null} [detail] LeaderChanged detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LeaderChanged.
             * @memberof cellmesh.v1
             * @interface ILeaderChanged
             * @augments cellmesh.v1.LeaderChanged.$Properties
             * @deprecated Use cellmesh.v1.LeaderChanged.$Properties instead.
             */

            /**
             * Shape of a LeaderChanged.
             * @typedef {cellmesh.v1.LeaderChanged.$Properties} cellmesh.v1.LeaderChanged.$Shape
             */

            /**
             * Constructs a new LeaderChanged.
             * @memberof cellmesh.v1
             * @classdesc Represents a LeaderChanged.
             * @constructor
             * @param {cellmesh.v1.LeaderChanged.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var LeaderChanged = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LeaderChanged clusterId.
             * @member {string} clusterId
             * @memberof cellmesh.v1.LeaderChanged
             * @instance
             */
            LeaderChanged.prototype.clusterId = "";

            /**
             * LeaderChanged oldHolder.
             * @member {string} oldHolder
             * @memberof cellmesh.v1.LeaderChanged
             * @instance
             */
            LeaderChanged.prototype.oldHolder = "";

            /**
             * LeaderChanged newHolder.
             * @member {string} newHolder
             * @memberof cellmesh.v1.LeaderChanged
             * @instance
             */
            LeaderChanged.prototype.newHolder = "";

            /**
             * LeaderChanged term.
             * @member {number} term
             * @memberof cellmesh.v1.LeaderChanged
             * @instance
             */
            LeaderChanged.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LeaderChanged reason.
             * @member {cellmesh.v1.LeaderChangeReason} reason
             * @memberof cellmesh.v1.LeaderChanged
             * @instance
             */
            LeaderChanged.prototype.reason = 0;

            /**
             * LeaderChanged changedAtMs.
             * @member {number} changedAtMs
             * @memberof cellmesh.v1.LeaderChanged
             * @instance
             */
            LeaderChanged.prototype.changedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LeaderChanged detail.
             * @member {string} detail
             * @memberof cellmesh.v1.LeaderChanged
             * @instance
             */
            LeaderChanged.prototype.detail = "";

            /**
             * Creates a new LeaderChanged instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.LeaderChanged
             * @static
             * @param {cellmesh.v1.LeaderChanged.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.LeaderChanged} LeaderChanged instance
             * @type {{
             *   (properties: cellmesh.v1.LeaderChanged.$Shape): cellmesh.v1.LeaderChanged & cellmesh.v1.LeaderChanged.$Shape;
             *   (properties?: cellmesh.v1.LeaderChanged.$Properties): cellmesh.v1.LeaderChanged;
             * }}
             */
            LeaderChanged.create = function(properties) {
                return new LeaderChanged(properties);
            };

            /**
             * Encodes the specified LeaderChanged message. Does not implicitly {@link cellmesh.v1.LeaderChanged.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.LeaderChanged
             * @static
             * @param {cellmesh.v1.LeaderChanged.$Properties} m LeaderChanged message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaderChanged.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId") && m.clusterId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.clusterId);
                if (m.oldHolder != null && $Object.hasOwnProperty.call(m, "oldHolder") && m.oldHolder !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.oldHolder);
                if (m.newHolder != null && $Object.hasOwnProperty.call(m, "newHolder") && m.newHolder !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.newHolder);
                if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.term);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).int32(m.reason);
                if (m.changedAtMs != null && $Object.hasOwnProperty.call(m, "changedAtMs") && (typeof m.changedAtMs === "object" ? m.changedAtMs.low || m.changedAtMs.high : m.changedAtMs !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.changedAtMs);
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.detail);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LeaderChanged message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.LeaderChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.LeaderChanged & cellmesh.v1.LeaderChanged.$Shape} LeaderChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaderChanged.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.LeaderChanged();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.clusterId = v;
                            else
                                delete m.clusterId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.oldHolder = v;
                            else
                                delete m.oldHolder;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.newHolder = v;
                            else
                                delete m.newHolder;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.term = v;
                            else
                                delete m.term;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.changedAtMs = v;
                            else
                                delete m.changedAtMs;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.detail = v;
                            else
                                delete m.detail;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a LeaderChanged message.
             * @function verify
             * @memberof cellmesh.v1.LeaderChanged
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LeaderChanged.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    if (!$util.isString(m.clusterId))
                        return "clusterId: string expected";
                }
                if (m.oldHolder != null && $Object.hasOwnProperty.call(m, "oldHolder")) {
                    if (!$util.isString(m.oldHolder))
                        return "oldHolder: string expected";
                }
                if (m.newHolder != null && $Object.hasOwnProperty.call(m, "newHolder")) {
                    if (!$util.isString(m.newHolder))
                        return "newHolder: string expected";
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (!$util.isInteger(m.term) && !(m.term && $util.isInteger(m.term.low) && $util.isInteger(m.term.high)))
                        return "term: integer|Long expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (typeof m.reason !== "number" || (m.reason | 0) !== m.reason)
                        return "reason: enum value expected";
                }
                if (m.changedAtMs != null && $Object.hasOwnProperty.call(m, "changedAtMs")) {
                    if (!$util.isInteger(m.changedAtMs) && !(m.changedAtMs && $util.isInteger(m.changedAtMs.low) && $util.isInteger(m.changedAtMs.high)))
                        return "changedAtMs: integer|Long expected";
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    if (!$util.isString(m.detail))
                        return "detail: string expected";
                }
                return null;
            };

            /**
             * Creates a LeaderChanged message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.LeaderChanged
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.LeaderChanged} LeaderChanged
             */
            LeaderChanged.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.LeaderChanged)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.LeaderChanged: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.LeaderChanged();
                if (d.clusterId != null) {
                    if (typeof d.clusterId !== "string" || d.clusterId.length) {
                        m.clusterId = $String(d.clusterId);
                    }
                }
                if (d.oldHolder != null) {
                    if (typeof d.oldHolder !== "string" || d.oldHolder.length) {
                        m.oldHolder = $String(d.oldHolder);
                    }
                }
                if (d.newHolder != null) {
                    if (typeof d.newHolder !== "string" || d.newHolder.length) {
                        m.newHolder = $String(d.newHolder);
                    }
                }
                if (d.term != null) {
                    if (typeof d.term === "object" ? d.term.low || d.term.high : $Number(d.term) !== 0) {
                        if ($util.Long)
                            m.term = $util.Long.fromValue(d.term, true);
                        else if (typeof d.term === "string")
                            m.term = $parseInt(d.term, 10);
                        else if (typeof d.term === "number")
                            m.term = d.term;
                        else if (typeof d.term === "object")
                            m.term = new $util.LongBits(d.term.low >>> 0, d.term.high >>> 0).toNumber(true);
                    }
                }
                if (d.reason !== 0 && (typeof d.reason !== "string" || $root.cellmesh.v1.LeaderChangeReason[d.reason] !== 0)) {
                    switch (d.reason) {
                    case "LEADER_CHANGE_REASON_UNSPECIFIED":
                    case 0:
                        m.reason = 0;
                        break;
                    case "LEADER_CHANGE_REASON_ELECTED":
                    case 1:
                        m.reason = 1;
                        break;
                    case "LEADER_CHANGE_REASON_LEASE_EXPIRED":
                    case 2:
                        m.reason = 2;
                        break;
                    case "LEADER_CHANGE_REASON_RESIGNED":
                    case 3:
                        m.reason = 3;
                        break;
                    case "LEADER_CHANGE_REASON_UNSTABLE_RTT":
                    case 4:
                        m.reason = 4;
                        break;
                    case "LEADER_CHANGE_REASON_LEFT_CLUSTER":
                    case 5:
                        m.reason = 5;
                        break;
                    case "LEADER_CHANGE_REASON_BETTER_CANDIDATE":
                    case 6:
                        m.reason = 6;
                        break;
                    default:
                        if (typeof d.reason === "number" && (d.reason | 0) === d.reason)
                            m.reason = d.reason;
                    }
                }
                if (d.changedAtMs != null) {
                    if (typeof d.changedAtMs === "object" ? d.changedAtMs.low || d.changedAtMs.high : $Number(d.changedAtMs) !== 0) {
                        if ($util.Long)
                            m.changedAtMs = $util.Long.fromValue(d.changedAtMs, false);
                        else if (typeof d.changedAtMs === "string")
                            m.changedAtMs = $parseInt(d.changedAtMs, 10);
                        else if (typeof d.changedAtMs === "number")
                            m.changedAtMs = d.changedAtMs;
                        else if (typeof d.changedAtMs === "object")
                            m.changedAtMs = new $util.LongBits(d.changedAtMs.low >>> 0, d.changedAtMs.high >>> 0).toNumber();
                    }
                }
                if (d.detail != null) {
                    if (typeof d.detail !== "string" || d.detail.length) {
                        m.detail = $String(d.detail);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LeaderChanged message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.LeaderChanged
             * @static
             * @param {cellmesh.v1.LeaderChanged} m LeaderChanged
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LeaderChanged.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.clusterId = "";
                    d.oldHolder = "";
                    d.newHolder = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.reason = o.enums === $String ? "LEADER_CHANGE_REASON_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.changedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.changedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.detail = "";
                }
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    d.clusterId = m.clusterId;
                }
                if (m.oldHolder != null && $Object.hasOwnProperty.call(m, "oldHolder")) {
                    d.oldHolder = m.oldHolder;
                }
                if (m.newHolder != null && $Object.hasOwnProperty.call(m, "newHolder")) {
                    d.newHolder = m.newHolder;
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                    else if (typeof m.term === "number")
                        d.term = o.longs === $String ? $String(m.term) : m.term;
                    else
                        d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = o.enums === $String ? $root.cellmesh.v1.LeaderChangeReason[m.reason] === $undefined ? m.reason : $root.cellmesh.v1.LeaderChangeReason[m.reason] : m.reason;
                }
                if (m.changedAtMs != null && $Object.hasOwnProperty.call(m, "changedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.changedAtMs = typeof m.changedAtMs === "number" ? $BigInt(m.changedAtMs) : $util.Long.fromBits(m.changedAtMs.low >>> 0, m.changedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.changedAtMs === "number")
                        d.changedAtMs = o.longs === $String ? $String(m.changedAtMs) : m.changedAtMs;
                    else
                        d.changedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.changedAtMs) : o.longs === $Number ? new $util.LongBits(m.changedAtMs.low >>> 0, m.changedAtMs.high >>> 0).toNumber() : m.changedAtMs;
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    d.detail = m.detail;
                }
                return d;
            };

            /**
             * Converts this LeaderChanged to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.LeaderChanged
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LeaderChanged.prototype.toJSON = function() {
                return LeaderChanged.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LeaderChanged
             * @function getTypeUrl
             * @memberof cellmesh.v1.LeaderChanged
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LeaderChanged.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.LeaderChanged";
            };

            return LeaderChanged;
        })();

        v1.FencingToken = (function() {

            /**
             * Properties of a FencingToken.
             * @typedef {Object} cellmesh.v1.FencingToken.$Properties
             * @property {string|null} [clusterId] FencingToken clusterId
             * @property {string|null} [holder] FencingToken holder
             * @property {number|null} [term] FencingToken term
             * @property {number|null} [acceptedAtMs] FencingToken acceptedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FencingToken.
             * @memberof cellmesh.v1
             * @interface IFencingToken
             * @augments cellmesh.v1.FencingToken.$Properties
             * @deprecated Use cellmesh.v1.FencingToken.$Properties instead.
             */

            /**
             * Shape of a FencingToken.
             * @typedef {cellmesh.v1.FencingToken.$Properties} cellmesh.v1.FencingToken.$Shape
             */

            /**
             * Constructs a new FencingToken.
             * @memberof cellmesh.v1
             * @classdesc Represents a FencingToken.
             * @constructor
             * @param {cellmesh.v1.FencingToken.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var FencingToken = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * FencingToken clusterId.
             * @member {string} clusterId
             * @memberof cellmesh.v1.FencingToken
             * @instance
             */
            FencingToken.prototype.clusterId = "";

            /**
             * FencingToken holder.
             * @member {string} holder
             * @memberof cellmesh.v1.FencingToken
             * @instance
             */
            FencingToken.prototype.holder = "";

            /**
             * FencingToken term.
             * @member {number} term
             * @memberof cellmesh.v1.FencingToken
             * @instance
             */
            FencingToken.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FencingToken acceptedAtMs.
             * @member {number} acceptedAtMs
             * @memberof cellmesh.v1.FencingToken
             * @instance
             */
            FencingToken.prototype.acceptedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new FencingToken instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.FencingToken
             * @static
             * @param {cellmesh.v1.FencingToken.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.FencingToken} FencingToken instance
             * @type {{
             *   (properties: cellmesh.v1.FencingToken.$Shape): cellmesh.v1.FencingToken & cellmesh.v1.FencingToken.$Shape;
             *   (properties?: cellmesh.v1.FencingToken.$Properties): cellmesh.v1.FencingToken;
             * }}
             */
            FencingToken.create = function(properties) {
                return new FencingToken(properties);
            };

            /**
             * Encodes the specified FencingToken message. Does not implicitly {@link cellmesh.v1.FencingToken.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.FencingToken
             * @static
             * @param {cellmesh.v1.FencingToken.$Properties} m FencingToken message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FencingToken.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId") && m.clusterId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.clusterId);
                if (m.holder != null && $Object.hasOwnProperty.call(m, "holder") && m.holder !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.holder);
                if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.term);
                if (m.acceptedAtMs != null && $Object.hasOwnProperty.call(m, "acceptedAtMs") && (typeof m.acceptedAtMs === "object" ? m.acceptedAtMs.low || m.acceptedAtMs.high : m.acceptedAtMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.acceptedAtMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a FencingToken message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.FencingToken
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.FencingToken & cellmesh.v1.FencingToken.$Shape} FencingToken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FencingToken.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.FencingToken();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.clusterId = v;
                            else
                                delete m.clusterId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.holder = v;
                            else
                                delete m.holder;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.term = v;
                            else
                                delete m.term;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.acceptedAtMs = v;
                            else
                                delete m.acceptedAtMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a FencingToken message.
             * @function verify
             * @memberof cellmesh.v1.FencingToken
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FencingToken.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    if (!$util.isString(m.clusterId))
                        return "clusterId: string expected";
                }
                if (m.holder != null && $Object.hasOwnProperty.call(m, "holder")) {
                    if (!$util.isString(m.holder))
                        return "holder: string expected";
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (!$util.isInteger(m.term) && !(m.term && $util.isInteger(m.term.low) && $util.isInteger(m.term.high)))
                        return "term: integer|Long expected";
                }
                if (m.acceptedAtMs != null && $Object.hasOwnProperty.call(m, "acceptedAtMs")) {
                    if (!$util.isInteger(m.acceptedAtMs) && !(m.acceptedAtMs && $util.isInteger(m.acceptedAtMs.low) && $util.isInteger(m.acceptedAtMs.high)))
                        return "acceptedAtMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a FencingToken message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.FencingToken
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.FencingToken} FencingToken
             */
            FencingToken.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.FencingToken)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.FencingToken: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.FencingToken();
                if (d.clusterId != null) {
                    if (typeof d.clusterId !== "string" || d.clusterId.length) {
                        m.clusterId = $String(d.clusterId);
                    }
                }
                if (d.holder != null) {
                    if (typeof d.holder !== "string" || d.holder.length) {
                        m.holder = $String(d.holder);
                    }
                }
                if (d.term != null) {
                    if (typeof d.term === "object" ? d.term.low || d.term.high : $Number(d.term) !== 0) {
                        if ($util.Long)
                            m.term = $util.Long.fromValue(d.term, true);
                        else if (typeof d.term === "string")
                            m.term = $parseInt(d.term, 10);
                        else if (typeof d.term === "number")
                            m.term = d.term;
                        else if (typeof d.term === "object")
                            m.term = new $util.LongBits(d.term.low >>> 0, d.term.high >>> 0).toNumber(true);
                    }
                }
                if (d.acceptedAtMs != null) {
                    if (typeof d.acceptedAtMs === "object" ? d.acceptedAtMs.low || d.acceptedAtMs.high : $Number(d.acceptedAtMs) !== 0) {
                        if ($util.Long)
                            m.acceptedAtMs = $util.Long.fromValue(d.acceptedAtMs, false);
                        else if (typeof d.acceptedAtMs === "string")
                            m.acceptedAtMs = $parseInt(d.acceptedAtMs, 10);
                        else if (typeof d.acceptedAtMs === "number")
                            m.acceptedAtMs = d.acceptedAtMs;
                        else if (typeof d.acceptedAtMs === "object")
                            m.acceptedAtMs = new $util.LongBits(d.acceptedAtMs.low >>> 0, d.acceptedAtMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a FencingToken message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.FencingToken
             * @static
             * @param {cellmesh.v1.FencingToken} m FencingToken
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FencingToken.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.clusterId = "";
                    d.holder = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.acceptedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.acceptedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    d.clusterId = m.clusterId;
                }
                if (m.holder != null && $Object.hasOwnProperty.call(m, "holder")) {
                    d.holder = m.holder;
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                    else if (typeof m.term === "number")
                        d.term = o.longs === $String ? $String(m.term) : m.term;
                    else
                        d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
                }
                if (m.acceptedAtMs != null && $Object.hasOwnProperty.call(m, "acceptedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.acceptedAtMs = typeof m.acceptedAtMs === "number" ? $BigInt(m.acceptedAtMs) : $util.Long.fromBits(m.acceptedAtMs.low >>> 0, m.acceptedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.acceptedAtMs === "number")
                        d.acceptedAtMs = o.longs === $String ? $String(m.acceptedAtMs) : m.acceptedAtMs;
                    else
                        d.acceptedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.acceptedAtMs) : o.longs === $Number ? new $util.LongBits(m.acceptedAtMs.low >>> 0, m.acceptedAtMs.high >>> 0).toNumber() : m.acceptedAtMs;
                }
                return d;
            };

            /**
             * Converts this FencingToken to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.FencingToken
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FencingToken.prototype.toJSON = function() {
                return FencingToken.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FencingToken
             * @function getTypeUrl
             * @memberof cellmesh.v1.FencingToken
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FencingToken.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.FencingToken";
            };

            return FencingToken;
        })();

        v1.TaskDispatch = (function() {

            /**
             * Properties of a TaskDispatch.
             * @typedef {Object} cellmesh.v1.TaskDispatch.$Properties
             * @property {cellmesh.v1.TaskSubmit.$Properties|null} [task] TaskDispatch task
             * @property {string|null} [nodeId] TaskDispatch nodeId
             * @property {number|null} [gpuIndex] TaskDispatch gpuIndex
             * @property {cellmesh.v1.FencingToken.$Properties|null} [fencing] TaskDispatch fencing
             * @property {number|null} [attempt] TaskDispatch attempt
             * @property {number|null} [dispatchedAtMs] TaskDispatch dispatchedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskDispatch.
             * @memberof cellmesh.v1
             * @interface ITaskDispatch
             * @augments cellmesh.v1.TaskDispatch.$Properties
             * @deprecated Use cellmesh.v1.TaskDispatch.$Properties instead.
             */

            /**
             * Shape of a TaskDispatch.
             * @typedef {cellmesh.v1.TaskDispatch.$Properties} cellmesh.v1.TaskDispatch.$Shape
             */

            /**
             * Constructs a new TaskDispatch.
             * @memberof cellmesh.v1
             * @classdesc Represents a TaskDispatch.
             * @constructor
             * @param {cellmesh.v1.TaskDispatch.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TaskDispatch = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TaskDispatch task.
             * @member {cellmesh.v1.TaskSubmit.$Properties|null|undefined} task
             * @memberof cellmesh.v1.TaskDispatch
             * @instance
             */
            TaskDispatch.prototype.task = null;

            /**
             * TaskDispatch nodeId.
             * @member {string} nodeId
             * @memberof cellmesh.v1.TaskDispatch
             * @instance
             */
            TaskDispatch.prototype.nodeId = "";

            /**
             * TaskDispatch gpuIndex.
             * @member {number} gpuIndex
             * @memberof cellmesh.v1.TaskDispatch
             * @instance
             */
            TaskDispatch.prototype.gpuIndex = 0;

            /**
             * TaskDispatch fencing.
             * @member {cellmesh.v1.FencingToken.$Properties|null|undefined} fencing
             * @memberof cellmesh.v1.TaskDispatch
             * @instance
             */
            TaskDispatch.prototype.fencing = null;

            /**
             * TaskDispatch attempt.
             * @member {number} attempt
             * @memberof cellmesh.v1.TaskDispatch
             * @instance
             */
            TaskDispatch.prototype.attempt = 0;

            /**
             * TaskDispatch dispatchedAtMs.
             * @member {number} dispatchedAtMs
             * @memberof cellmesh.v1.TaskDispatch
             * @instance
             */
            TaskDispatch.prototype.dispatchedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new TaskDispatch instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.TaskDispatch
             * @static
             * @param {cellmesh.v1.TaskDispatch.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.TaskDispatch} TaskDispatch instance
             * @type {{
             *   (properties: cellmesh.v1.TaskDispatch.$Shape): cellmesh.v1.TaskDispatch & cellmesh.v1.TaskDispatch.$Shape;
             *   (properties?: cellmesh.v1.TaskDispatch.$Properties): cellmesh.v1.TaskDispatch;
             * }}
             */
            TaskDispatch.create = function(properties) {
                return new TaskDispatch(properties);
            };

            /**
             * Encodes the specified TaskDispatch message. Does not implicitly {@link cellmesh.v1.TaskDispatch.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.TaskDispatch
             * @static
             * @param {cellmesh.v1.TaskDispatch.$Properties} m TaskDispatch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskDispatch.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.task != null && $Object.hasOwnProperty.call(m, "task"))
                    $root.cellmesh.v1.TaskSubmit.encode(m.task, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.nodeId);
                if (m.gpuIndex != null && $Object.hasOwnProperty.call(m, "gpuIndex") && m.gpuIndex !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.gpuIndex);
                if (m.fencing != null && $Object.hasOwnProperty.call(m, "fencing"))
                    $root.cellmesh.v1.FencingToken.encode(m.fencing, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.attempt != null && $Object.hasOwnProperty.call(m, "attempt") && m.attempt !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.attempt);
                if (m.dispatchedAtMs != null && $Object.hasOwnProperty.call(m, "dispatchedAtMs") && (typeof m.dispatchedAtMs === "object" ? m.dispatchedAtMs.low || m.dispatchedAtMs.high : m.dispatchedAtMs !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.dispatchedAtMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TaskDispatch message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.TaskDispatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.TaskDispatch & cellmesh.v1.TaskDispatch.$Shape} TaskDispatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskDispatch.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.TaskDispatch();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.task = $root.cellmesh.v1.TaskSubmit.decode(r, r.size(), $undefined, q + 1, m.task);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.gpuIndex = v;
                            else
                                delete m.gpuIndex;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.fencing = $root.cellmesh.v1.FencingToken.decode(r, r.size(), $undefined, q + 1, m.fencing);
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.attempt = v;
                            else
                                delete m.attempt;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.dispatchedAtMs = v;
                            else
                                delete m.dispatchedAtMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a TaskDispatch message.
             * @function verify
             * @memberof cellmesh.v1.TaskDispatch
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TaskDispatch.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.task != null && $Object.hasOwnProperty.call(m, "task")) {
                    {
                        var e = $root.cellmesh.v1.TaskSubmit.verify(m.task, q + 1);
                        if (e)
                            return "task." + e;
                    }
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    if (!$util.isString(m.nodeId))
                        return "nodeId: string expected";
                }
                if (m.gpuIndex != null && $Object.hasOwnProperty.call(m, "gpuIndex")) {
                    if (!$util.isInteger(m.gpuIndex))
                        return "gpuIndex: integer expected";
                }
                if (m.fencing != null && $Object.hasOwnProperty.call(m, "fencing")) {
                    {
                        var e = $root.cellmesh.v1.FencingToken.verify(m.fencing, q + 1);
                        if (e)
                            return "fencing." + e;
                    }
                }
                if (m.attempt != null && $Object.hasOwnProperty.call(m, "attempt")) {
                    if (!$util.isInteger(m.attempt))
                        return "attempt: integer expected";
                }
                if (m.dispatchedAtMs != null && $Object.hasOwnProperty.call(m, "dispatchedAtMs")) {
                    if (!$util.isInteger(m.dispatchedAtMs) && !(m.dispatchedAtMs && $util.isInteger(m.dispatchedAtMs.low) && $util.isInteger(m.dispatchedAtMs.high)))
                        return "dispatchedAtMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a TaskDispatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.TaskDispatch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.TaskDispatch} TaskDispatch
             */
            TaskDispatch.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.TaskDispatch)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.TaskDispatch: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.TaskDispatch();
                if (d.task != null) {
                    if (!$util.isObject(d.task))
                        throw $TypeError(".cellmesh.v1.TaskDispatch.task: object expected");
                    m.task = $root.cellmesh.v1.TaskSubmit.fromObject(d.task, q + 1);
                }
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.gpuIndex != null) {
                    if ($Number(d.gpuIndex) !== 0) {
                        m.gpuIndex = d.gpuIndex | 0;
                    }
                }
                if (d.fencing != null) {
                    if (!$util.isObject(d.fencing))
                        throw $TypeError(".cellmesh.v1.TaskDispatch.fencing: object expected");
                    m.fencing = $root.cellmesh.v1.FencingToken.fromObject(d.fencing, q + 1);
                }
                if (d.attempt != null) {
                    if ($Number(d.attempt) !== 0) {
                        m.attempt = d.attempt >>> 0;
                    }
                }
                if (d.dispatchedAtMs != null) {
                    if (typeof d.dispatchedAtMs === "object" ? d.dispatchedAtMs.low || d.dispatchedAtMs.high : $Number(d.dispatchedAtMs) !== 0) {
                        if ($util.Long)
                            m.dispatchedAtMs = $util.Long.fromValue(d.dispatchedAtMs, false);
                        else if (typeof d.dispatchedAtMs === "string")
                            m.dispatchedAtMs = $parseInt(d.dispatchedAtMs, 10);
                        else if (typeof d.dispatchedAtMs === "number")
                            m.dispatchedAtMs = d.dispatchedAtMs;
                        else if (typeof d.dispatchedAtMs === "object")
                            m.dispatchedAtMs = new $util.LongBits(d.dispatchedAtMs.low >>> 0, d.dispatchedAtMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TaskDispatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.TaskDispatch
             * @static
             * @param {cellmesh.v1.TaskDispatch} m TaskDispatch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskDispatch.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.task = null;
                    d.nodeId = "";
                    d.gpuIndex = 0;
                    d.fencing = null;
                    d.attempt = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.dispatchedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.dispatchedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.task != null && $Object.hasOwnProperty.call(m, "task")) {
                    d.task = $root.cellmesh.v1.TaskSubmit.toObject(m.task, o, q + 1);
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.gpuIndex != null && $Object.hasOwnProperty.call(m, "gpuIndex")) {
                    d.gpuIndex = m.gpuIndex;
                }
                if (m.fencing != null && $Object.hasOwnProperty.call(m, "fencing")) {
                    d.fencing = $root.cellmesh.v1.FencingToken.toObject(m.fencing, o, q + 1);
                }
                if (m.attempt != null && $Object.hasOwnProperty.call(m, "attempt")) {
                    d.attempt = m.attempt;
                }
                if (m.dispatchedAtMs != null && $Object.hasOwnProperty.call(m, "dispatchedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.dispatchedAtMs = typeof m.dispatchedAtMs === "number" ? $BigInt(m.dispatchedAtMs) : $util.Long.fromBits(m.dispatchedAtMs.low >>> 0, m.dispatchedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.dispatchedAtMs === "number")
                        d.dispatchedAtMs = o.longs === $String ? $String(m.dispatchedAtMs) : m.dispatchedAtMs;
                    else
                        d.dispatchedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.dispatchedAtMs) : o.longs === $Number ? new $util.LongBits(m.dispatchedAtMs.low >>> 0, m.dispatchedAtMs.high >>> 0).toNumber() : m.dispatchedAtMs;
                }
                return d;
            };

            /**
             * Converts this TaskDispatch to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.TaskDispatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskDispatch.prototype.toJSON = function() {
                return TaskDispatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskDispatch
             * @function getTypeUrl
             * @memberof cellmesh.v1.TaskDispatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskDispatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.TaskDispatch";
            };

            return TaskDispatch;
        })();

        /**
         * TaskStatus enum.
         * @name cellmesh.v1.TaskStatus
         * @enum {number}
         * @property {number} TASK_STATUS_UNSPECIFIED=0 TASK_STATUS_UNSPECIFIED value
         * @property {number} TASK_STATUS_SUCCEEDED=1 TASK_STATUS_SUCCEEDED value
         * @property {number} TASK_STATUS_FAILED=2 TASK_STATUS_FAILED value
         * @property {number} TASK_STATUS_TIMED_OUT=3 TASK_STATUS_TIMED_OUT value
         * @property {number} TASK_STATUS_REJECTED=4 TASK_STATUS_REJECTED value
         */
        v1.TaskStatus = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TASK_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TASK_STATUS_SUCCEEDED"] = 1;
            values[valuesById[2] = "TASK_STATUS_FAILED"] = 2;
            values[valuesById[3] = "TASK_STATUS_TIMED_OUT"] = 3;
            values[valuesById[4] = "TASK_STATUS_REJECTED"] = 4;
            return values;
        })();

        v1.TaskResult = (function() {

            /**
             * Properties of a TaskResult.
             * @typedef {Object} cellmesh.v1.TaskResult.$Properties
             * @property {cellmesh.v1.Scope.$Properties|null} [scope] TaskResult scope
             * @property {string|null} [nodeId] TaskResult nodeId
             * @property {cellmesh.v1.TaskStatus|null} [status] TaskResult status
             * @property {string|null} [error] TaskResult error
             * @property {Uint8Array|null} [output] TaskResult output
             * @property {number|null} [durationMs] TaskResult durationMs
             * @property {number|null} [gpuIndex] TaskResult gpuIndex
             * @property {string|null} [gpuUuid] TaskResult gpuUuid
             * @property {number|null} [vramUsedMib] TaskResult vramUsedMib
             * @property {boolean|null} [emulated] TaskResult emulated
             * @property {number|null} [finishedAtMs] TaskResult finishedAtMs
             * @property {number|null} [committedVersion] TaskResult committedVersion
             * @property {string|null} [kind] TaskResult kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskResult.
             * @memberof cellmesh.v1
             * @interface ITaskResult
             * @augments cellmesh.v1.TaskResult.$Properties
             * @deprecated Use cellmesh.v1.TaskResult.$Properties instead.
             */

            /**
             * Shape of a TaskResult.
             * @typedef {cellmesh.v1.TaskResult.$Properties} cellmesh.v1.TaskResult.$Shape
             */

            /**
             * Constructs a new TaskResult.
             * @memberof cellmesh.v1
             * @classdesc Represents a TaskResult.
             * @constructor
             * @param {cellmesh.v1.TaskResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TaskResult = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TaskResult scope.
             * @member {cellmesh.v1.Scope.$Properties|null|undefined} scope
             * @memberof cellmesh.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.scope = null;

            /**
             * TaskResult nodeId.
             * @member {string} nodeId
             * @memberof cellmesh.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.nodeId = "";

            /**
             * TaskResult status.
             * @member {cellmesh.v1.TaskStatus} status
             * @memberof cellmesh.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.status = 0;

            /**
             * TaskResult error.
             * @member {string} error
             * @memberof cellmesh.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.error = "";

            /**
             * TaskResult output.
             * @member {Uint8Array} output
             * @memberof cellmesh.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.output = $util.newBuffer([]);

            /**
             * TaskResult durationMs.
             * @member {number} durationMs
             * @memberof cellmesh.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.durationMs = 0;

            /**
             * TaskResult gpuIndex.
             * @member {number} gpuIndex
             * @memberof cellmesh.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.gpuIndex = 0;

            /**
             * TaskResult gpuUuid.
             * @member {string} gpuUuid
             * @memberof cellmesh.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.gpuUuid = "";

            /**
             * TaskResult vramUsedMib.
             * @member {number} vramUsedMib
             * @memberof cellmesh.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.vramUsedMib = 0;

            /**
             * TaskResult emulated.
             * @member {boolean} emulated
             * @memberof cellmesh.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.emulated = false;

            /**
             * TaskResult finishedAtMs.
             * @member {number} finishedAtMs
             * @memberof cellmesh.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.finishedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TaskResult committedVersion.
             * @member {number} committedVersion
             * @memberof cellmesh.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.committedVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TaskResult kind.
             * @member {string} kind
             * @memberof cellmesh.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.kind = "";

            /**
             * Creates a new TaskResult instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.TaskResult
             * @static
             * @param {cellmesh.v1.TaskResult.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.TaskResult} TaskResult instance
             * @type {{
             *   (properties: cellmesh.v1.TaskResult.$Shape): cellmesh.v1.TaskResult & cellmesh.v1.TaskResult.$Shape;
             *   (properties?: cellmesh.v1.TaskResult.$Properties): cellmesh.v1.TaskResult;
             * }}
             */
            TaskResult.create = function(properties) {
                return new TaskResult(properties);
            };

            /**
             * Encodes the specified TaskResult message. Does not implicitly {@link cellmesh.v1.TaskResult.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.TaskResult
             * @static
             * @param {cellmesh.v1.TaskResult.$Properties} m TaskResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.scope != null && $Object.hasOwnProperty.call(m, "scope"))
                    $root.cellmesh.v1.Scope.encode(m.scope, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.nodeId);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.status);
                if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.error);
                if (m.output != null && $Object.hasOwnProperty.call(m, "output") && m.output.length)
                    w.uint32(/* id 5, wireType 2 =*/42).bytes(m.output);
                if (m.durationMs != null && $Object.hasOwnProperty.call(m, "durationMs") && !$Object.is(m.durationMs, 0))
                    w.uint32(/* id 6, wireType 1 =*/49).double(m.durationMs);
                if (m.gpuIndex != null && $Object.hasOwnProperty.call(m, "gpuIndex") && m.gpuIndex !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).int32(m.gpuIndex);
                if (m.gpuUuid != null && $Object.hasOwnProperty.call(m, "gpuUuid") && m.gpuUuid !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.gpuUuid);
                if (m.vramUsedMib != null && $Object.hasOwnProperty.call(m, "vramUsedMib") && m.vramUsedMib !== 0)
                    w.uint32(/* id 9, wireType 0 =*/72).uint32(m.vramUsedMib);
                if (m.emulated != null && $Object.hasOwnProperty.call(m, "emulated") && m.emulated !== false)
                    w.uint32(/* id 10, wireType 0 =*/80).bool(m.emulated);
                if (m.finishedAtMs != null && $Object.hasOwnProperty.call(m, "finishedAtMs") && (typeof m.finishedAtMs === "object" ? m.finishedAtMs.low || m.finishedAtMs.high : m.finishedAtMs !== 0))
                    w.uint32(/* id 11, wireType 0 =*/88).int64(m.finishedAtMs);
                if (m.committedVersion != null && $Object.hasOwnProperty.call(m, "committedVersion") && (typeof m.committedVersion === "object" ? m.committedVersion.low || m.committedVersion.high : m.committedVersion !== 0))
                    w.uint32(/* id 12, wireType 0 =*/96).uint64(m.committedVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(/* id 13, wireType 2 =*/106).string(m.kind);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TaskResult message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.TaskResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.TaskResult & cellmesh.v1.TaskResult.$Shape} TaskResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskResult.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.TaskResult();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.scope = $root.cellmesh.v1.Scope.decode(r, r.size(), $undefined, q + 1, m.scope);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.error = v;
                            else
                                delete m.error;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.output = v;
                            else
                                delete m.output;
                            continue;
                        }
                    case 6: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.durationMs = v;
                            else
                                delete m.durationMs;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.gpuIndex = v;
                            else
                                delete m.gpuIndex;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.gpuUuid = v;
                            else
                                delete m.gpuUuid;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.vramUsedMib = v;
                            else
                                delete m.vramUsedMib;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.emulated = v;
                            else
                                delete m.emulated;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.finishedAtMs = v;
                            else
                                delete m.finishedAtMs;
                            continue;
                        }
                    case 12: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.committedVersion = v;
                            else
                                delete m.committedVersion;
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a TaskResult message.
             * @function verify
             * @memberof cellmesh.v1.TaskResult
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TaskResult.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                    {
                        var e = $root.cellmesh.v1.Scope.verify(m.scope, q + 1);
                        if (e)
                            return "scope." + e;
                    }
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    if (!$util.isString(m.nodeId))
                        return "nodeId: string expected";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    if (typeof m.status !== "number" || (m.status | 0) !== m.status)
                        return "status: enum value expected";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    if (!$util.isString(m.error))
                        return "error: string expected";
                }
                if (m.output != null && $Object.hasOwnProperty.call(m, "output")) {
                    if (!(m.output && typeof m.output.length === "number" || $util.isString(m.output)))
                        return "output: buffer expected";
                }
                if (m.durationMs != null && $Object.hasOwnProperty.call(m, "durationMs")) {
                    if (typeof m.durationMs !== "number")
                        return "durationMs: number expected";
                }
                if (m.gpuIndex != null && $Object.hasOwnProperty.call(m, "gpuIndex")) {
                    if (!$util.isInteger(m.gpuIndex))
                        return "gpuIndex: integer expected";
                }
                if (m.gpuUuid != null && $Object.hasOwnProperty.call(m, "gpuUuid")) {
                    if (!$util.isString(m.gpuUuid))
                        return "gpuUuid: string expected";
                }
                if (m.vramUsedMib != null && $Object.hasOwnProperty.call(m, "vramUsedMib")) {
                    if (!$util.isInteger(m.vramUsedMib))
                        return "vramUsedMib: integer expected";
                }
                if (m.emulated != null && $Object.hasOwnProperty.call(m, "emulated")) {
                    if (typeof m.emulated !== "boolean")
                        return "emulated: boolean expected";
                }
                if (m.finishedAtMs != null && $Object.hasOwnProperty.call(m, "finishedAtMs")) {
                    if (!$util.isInteger(m.finishedAtMs) && !(m.finishedAtMs && $util.isInteger(m.finishedAtMs.low) && $util.isInteger(m.finishedAtMs.high)))
                        return "finishedAtMs: integer|Long expected";
                }
                if (m.committedVersion != null && $Object.hasOwnProperty.call(m, "committedVersion")) {
                    if (!$util.isInteger(m.committedVersion) && !(m.committedVersion && $util.isInteger(m.committedVersion.low) && $util.isInteger(m.committedVersion.high)))
                        return "committedVersion: integer|Long expected";
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    if (!$util.isString(m.kind))
                        return "kind: string expected";
                }
                return null;
            };

            /**
             * Creates a TaskResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.TaskResult
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.TaskResult} TaskResult
             */
            TaskResult.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.TaskResult)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.TaskResult: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.TaskResult();
                if (d.scope != null) {
                    if (!$util.isObject(d.scope))
                        throw $TypeError(".cellmesh.v1.TaskResult.scope: object expected");
                    m.scope = $root.cellmesh.v1.Scope.fromObject(d.scope, q + 1);
                }
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.status !== 0 && (typeof d.status !== "string" || $root.cellmesh.v1.TaskStatus[d.status] !== 0)) {
                    switch (d.status) {
                    case "TASK_STATUS_UNSPECIFIED":
                    case 0:
                        m.status = 0;
                        break;
                    case "TASK_STATUS_SUCCEEDED":
                    case 1:
                        m.status = 1;
                        break;
                    case "TASK_STATUS_FAILED":
                    case 2:
                        m.status = 2;
                        break;
                    case "TASK_STATUS_TIMED_OUT":
                    case 3:
                        m.status = 3;
                        break;
                    case "TASK_STATUS_REJECTED":
                    case 4:
                        m.status = 4;
                        break;
                    default:
                        if (typeof d.status === "number" && (d.status | 0) === d.status)
                            m.status = d.status;
                    }
                }
                if (d.error != null) {
                    if (typeof d.error !== "string" || d.error.length) {
                        m.error = $String(d.error);
                    }
                }
                if (d.output != null) {
                    if (d.output.length) {
                        if (typeof d.output === "string")
                            $util.base64.decode(d.output, m.output = $util.newBuffer($util.base64.length(d.output)), 0);
                        else if (d.output.length >= 0)
                            m.output = d.output;
                    }
                }
                if (d.durationMs != null) {
                    if (!$Object.is($Number(d.durationMs), 0)) {
                        m.durationMs = $Number(d.durationMs);
                    }
                }
                if (d.gpuIndex != null) {
                    if ($Number(d.gpuIndex) !== 0) {
                        m.gpuIndex = d.gpuIndex | 0;
                    }
                }
                if (d.gpuUuid != null) {
                    if (typeof d.gpuUuid !== "string" || d.gpuUuid.length) {
                        m.gpuUuid = $String(d.gpuUuid);
                    }
                }
                if (d.vramUsedMib != null) {
                    if ($Number(d.vramUsedMib) !== 0) {
                        m.vramUsedMib = d.vramUsedMib >>> 0;
                    }
                }
                if (d.emulated != null) {
                    if (d.emulated) {
                        m.emulated = $Boolean(d.emulated);
                    }
                }
                if (d.finishedAtMs != null) {
                    if (typeof d.finishedAtMs === "object" ? d.finishedAtMs.low || d.finishedAtMs.high : $Number(d.finishedAtMs) !== 0) {
                        if ($util.Long)
                            m.finishedAtMs = $util.Long.fromValue(d.finishedAtMs, false);
                        else if (typeof d.finishedAtMs === "string")
                            m.finishedAtMs = $parseInt(d.finishedAtMs, 10);
                        else if (typeof d.finishedAtMs === "number")
                            m.finishedAtMs = d.finishedAtMs;
                        else if (typeof d.finishedAtMs === "object")
                            m.finishedAtMs = new $util.LongBits(d.finishedAtMs.low >>> 0, d.finishedAtMs.high >>> 0).toNumber();
                    }
                }
                if (d.committedVersion != null) {
                    if (typeof d.committedVersion === "object" ? d.committedVersion.low || d.committedVersion.high : $Number(d.committedVersion) !== 0) {
                        if ($util.Long)
                            m.committedVersion = $util.Long.fromValue(d.committedVersion, true);
                        else if (typeof d.committedVersion === "string")
                            m.committedVersion = $parseInt(d.committedVersion, 10);
                        else if (typeof d.committedVersion === "number")
                            m.committedVersion = d.committedVersion;
                        else if (typeof d.committedVersion === "object")
                            m.committedVersion = new $util.LongBits(d.committedVersion.low >>> 0, d.committedVersion.high >>> 0).toNumber(true);
                    }
                }
                if (d.kind != null) {
                    if (typeof d.kind !== "string" || d.kind.length) {
                        m.kind = $String(d.kind);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TaskResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.TaskResult
             * @static
             * @param {cellmesh.v1.TaskResult} m TaskResult
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskResult.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.scope = null;
                    d.nodeId = "";
                    d.status = o.enums === $String ? "TASK_STATUS_UNSPECIFIED" : 0;
                    d.error = "";
                    if (o.bytes === $String)
                        d.output = "";
                    else {
                        d.output = [];
                        if (o.bytes !== $Array)
                            d.output = $util.newBuffer(d.output);
                    }
                    d.durationMs = 0;
                    d.gpuIndex = 0;
                    d.gpuUuid = "";
                    d.vramUsedMib = 0;
                    d.emulated = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.finishedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.finishedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.committedVersion = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.committedVersion = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.kind = "";
                }
                if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                    d.scope = $root.cellmesh.v1.Scope.toObject(m.scope, o, q + 1);
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = o.enums === $String ? $root.cellmesh.v1.TaskStatus[m.status] === $undefined ? m.status : $root.cellmesh.v1.TaskStatus[m.status] : m.status;
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = m.error;
                }
                if (m.output != null && $Object.hasOwnProperty.call(m, "output")) {
                    d.output = o.bytes === $String ? $util.base64.encode(m.output, 0, m.output.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.output) : m.output;
                }
                if (m.durationMs != null && $Object.hasOwnProperty.call(m, "durationMs")) {
                    d.durationMs = o.json && !$isFinite(m.durationMs) ? $String(m.durationMs) : m.durationMs;
                }
                if (m.gpuIndex != null && $Object.hasOwnProperty.call(m, "gpuIndex")) {
                    d.gpuIndex = m.gpuIndex;
                }
                if (m.gpuUuid != null && $Object.hasOwnProperty.call(m, "gpuUuid")) {
                    d.gpuUuid = m.gpuUuid;
                }
                if (m.vramUsedMib != null && $Object.hasOwnProperty.call(m, "vramUsedMib")) {
                    d.vramUsedMib = m.vramUsedMib;
                }
                if (m.emulated != null && $Object.hasOwnProperty.call(m, "emulated")) {
                    d.emulated = m.emulated;
                }
                if (m.finishedAtMs != null && $Object.hasOwnProperty.call(m, "finishedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.finishedAtMs = typeof m.finishedAtMs === "number" ? $BigInt(m.finishedAtMs) : $util.Long.fromBits(m.finishedAtMs.low >>> 0, m.finishedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.finishedAtMs === "number")
                        d.finishedAtMs = o.longs === $String ? $String(m.finishedAtMs) : m.finishedAtMs;
                    else
                        d.finishedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.finishedAtMs) : o.longs === $Number ? new $util.LongBits(m.finishedAtMs.low >>> 0, m.finishedAtMs.high >>> 0).toNumber() : m.finishedAtMs;
                }
                if (m.committedVersion != null && $Object.hasOwnProperty.call(m, "committedVersion")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.committedVersion = typeof m.committedVersion === "number" ? $BigInt(m.committedVersion) : $util.Long.fromBits(m.committedVersion.low >>> 0, m.committedVersion.high >>> 0, true).toBigInt();
                    else if (typeof m.committedVersion === "number")
                        d.committedVersion = o.longs === $String ? $String(m.committedVersion) : m.committedVersion;
                    else
                        d.committedVersion = o.longs === $String ? $util.Long.prototype.toString.call(m.committedVersion) : o.longs === $Number ? new $util.LongBits(m.committedVersion.low >>> 0, m.committedVersion.high >>> 0).toNumber(true) : m.committedVersion;
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = m.kind;
                }
                return d;
            };

            /**
             * Converts this TaskResult to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.TaskResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskResult.prototype.toJSON = function() {
                return TaskResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskResult
             * @function getTypeUrl
             * @memberof cellmesh.v1.TaskResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.TaskResult";
            };

            return TaskResult;
        })();

        v1.RenderChunk = (function() {

            /**
             * Properties of a RenderChunk.
             * @typedef {Object} cellmesh.v1.RenderChunk.$Properties
             * @property {cellmesh.v1.Scope.$Properties|null} [scope] RenderChunk scope
             * @property {number|null} [seq] RenderChunk seq
             * @property {number|null} [total] RenderChunk total
             * @property {Uint8Array|null} [data] RenderChunk data
             * @property {string|null} [contentType] RenderChunk contentType
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RenderChunk.
             * @memberof cellmesh.v1
             * @interface IRenderChunk
             * @augments cellmesh.v1.RenderChunk.$Properties
             * @deprecated Use cellmesh.v1.RenderChunk.$Properties instead.
             */

            /**
             * Shape of a RenderChunk.
             * @typedef {cellmesh.v1.RenderChunk.$Properties} cellmesh.v1.RenderChunk.$Shape
             */

            /**
             * Constructs a new RenderChunk.
             * @memberof cellmesh.v1
             * @classdesc Represents a RenderChunk.
             * @constructor
             * @param {cellmesh.v1.RenderChunk.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RenderChunk = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RenderChunk scope.
             * @member {cellmesh.v1.Scope.$Properties|null|undefined} scope
             * @memberof cellmesh.v1.RenderChunk
             * @instance
             */
            RenderChunk.prototype.scope = null;

            /**
             * RenderChunk seq.
             * @member {number} seq
             * @memberof cellmesh.v1.RenderChunk
             * @instance
             */
            RenderChunk.prototype.seq = 0;

            /**
             * RenderChunk total.
             * @member {number} total
             * @memberof cellmesh.v1.RenderChunk
             * @instance
             */
            RenderChunk.prototype.total = 0;

            /**
             * RenderChunk data.
             * @member {Uint8Array} data
             * @memberof cellmesh.v1.RenderChunk
             * @instance
             */
            RenderChunk.prototype.data = $util.newBuffer([]);

            /**
             * RenderChunk contentType.
             * @member {string} contentType
             * @memberof cellmesh.v1.RenderChunk
             * @instance
             */
            RenderChunk.prototype.contentType = "";

            /**
             * Creates a new RenderChunk instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.RenderChunk
             * @static
             * @param {cellmesh.v1.RenderChunk.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.RenderChunk} RenderChunk instance
             * @type {{
             *   (properties: cellmesh.v1.RenderChunk.$Shape): cellmesh.v1.RenderChunk & cellmesh.v1.RenderChunk.$Shape;
             *   (properties?: cellmesh.v1.RenderChunk.$Properties): cellmesh.v1.RenderChunk;
             * }}
             */
            RenderChunk.create = function(properties) {
                return new RenderChunk(properties);
            };

            /**
             * Encodes the specified RenderChunk message. Does not implicitly {@link cellmesh.v1.RenderChunk.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.RenderChunk
             * @static
             * @param {cellmesh.v1.RenderChunk.$Properties} m RenderChunk message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RenderChunk.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.scope != null && $Object.hasOwnProperty.call(m, "scope"))
                    $root.cellmesh.v1.Scope.encode(m.scope, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && m.seq !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.seq);
                if (m.total != null && $Object.hasOwnProperty.call(m, "total") && m.total !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.total);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.data);
                if (m.contentType != null && $Object.hasOwnProperty.call(m, "contentType") && m.contentType !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.contentType);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RenderChunk message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.RenderChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.RenderChunk & cellmesh.v1.RenderChunk.$Shape} RenderChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RenderChunk.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.RenderChunk();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.scope = $root.cellmesh.v1.Scope.decode(r, r.size(), $undefined, q + 1, m.scope);
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.total = v;
                            else
                                delete m.total;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.data = v;
                            else
                                delete m.data;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.contentType = v;
                            else
                                delete m.contentType;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a RenderChunk message.
             * @function verify
             * @memberof cellmesh.v1.RenderChunk
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RenderChunk.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                    {
                        var e = $root.cellmesh.v1.Scope.verify(m.scope, q + 1);
                        if (e)
                            return "scope." + e;
                    }
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (!$util.isInteger(m.seq))
                        return "seq: integer expected";
                }
                if (m.total != null && $Object.hasOwnProperty.call(m, "total")) {
                    if (!$util.isInteger(m.total))
                        return "total: integer expected";
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                        return "data: buffer expected";
                }
                if (m.contentType != null && $Object.hasOwnProperty.call(m, "contentType")) {
                    if (!$util.isString(m.contentType))
                        return "contentType: string expected";
                }
                return null;
            };

            /**
             * Creates a RenderChunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.RenderChunk
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.RenderChunk} RenderChunk
             */
            RenderChunk.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.RenderChunk)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.RenderChunk: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.RenderChunk();
                if (d.scope != null) {
                    if (!$util.isObject(d.scope))
                        throw $TypeError(".cellmesh.v1.RenderChunk.scope: object expected");
                    m.scope = $root.cellmesh.v1.Scope.fromObject(d.scope, q + 1);
                }
                if (d.seq != null) {
                    if ($Number(d.seq) !== 0) {
                        m.seq = d.seq >>> 0;
                    }
                }
                if (d.total != null) {
                    if ($Number(d.total) !== 0) {
                        m.total = d.total >>> 0;
                    }
                }
                if (d.data != null) {
                    if (d.data.length) {
                        if (typeof d.data === "string")
                            $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                        else if (d.data.length >= 0)
                            m.data = d.data;
                    }
                }
                if (d.contentType != null) {
                    if (typeof d.contentType !== "string" || d.contentType.length) {
                        m.contentType = $String(d.contentType);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RenderChunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.RenderChunk
             * @static
             * @param {cellmesh.v1.RenderChunk} m RenderChunk
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RenderChunk.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.scope = null;
                    d.seq = 0;
                    d.total = 0;
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                    d.contentType = "";
                }
                if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                    d.scope = $root.cellmesh.v1.Scope.toObject(m.scope, o, q + 1);
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    d.seq = m.seq;
                }
                if (m.total != null && $Object.hasOwnProperty.call(m, "total")) {
                    d.total = m.total;
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                if (m.contentType != null && $Object.hasOwnProperty.call(m, "contentType")) {
                    d.contentType = m.contentType;
                }
                return d;
            };

            /**
             * Converts this RenderChunk to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.RenderChunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RenderChunk.prototype.toJSON = function() {
                return RenderChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RenderChunk
             * @function getTypeUrl
             * @memberof cellmesh.v1.RenderChunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RenderChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.RenderChunk";
            };

            return RenderChunk;
        })();

        /**
         * TaskProfile enum.
         * @name cellmesh.v1.TaskProfile
         * @enum {number}
         * @property {number} TASK_PROFILE_UNSPECIFIED=0 TASK_PROFILE_UNSPECIFIED value
         * @property {number} TASK_PROFILE_LATENCY_SENSITIVE=1 TASK_PROFILE_LATENCY_SENSITIVE value
         * @property {number} TASK_PROFILE_THROUGHPUT=2 TASK_PROFILE_THROUGHPUT value
         * @property {number} TASK_PROFILE_BATCH=3 TASK_PROFILE_BATCH value
         */
        v1.TaskProfile = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TASK_PROFILE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TASK_PROFILE_LATENCY_SENSITIVE"] = 1;
            values[valuesById[2] = "TASK_PROFILE_THROUGHPUT"] = 2;
            values[valuesById[3] = "TASK_PROFILE_BATCH"] = 3;
            return values;
        })();

        /**
         * ResourceHint enum.
         * @name cellmesh.v1.ResourceHint
         * @enum {number}
         * @property {number} RESOURCE_HINT_UNSPECIFIED=0 RESOURCE_HINT_UNSPECIFIED value
         * @property {number} RESOURCE_HINT_GPU_REQUIRED=1 RESOURCE_HINT_GPU_REQUIRED value
         * @property {number} RESOURCE_HINT_CPU_ONLY=2 RESOURCE_HINT_CPU_ONLY value
         * @property {number} RESOURCE_HINT_MEMORY_HEAVY=3 RESOURCE_HINT_MEMORY_HEAVY value
         */
        v1.ResourceHint = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RESOURCE_HINT_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RESOURCE_HINT_GPU_REQUIRED"] = 1;
            values[valuesById[2] = "RESOURCE_HINT_CPU_ONLY"] = 2;
            values[valuesById[3] = "RESOURCE_HINT_MEMORY_HEAVY"] = 3;
            return values;
        })();

        v1.TaskSubmit = (function() {

            /**
             * Properties of a TaskSubmit.
             * @typedef {Object} cellmesh.v1.TaskSubmit.$Properties
             * @property {cellmesh.v1.Scope.$Properties|null} [scope] TaskSubmit scope
             * @property {cellmesh.v1.TaskProfile|null} [profile] TaskSubmit profile
             * @property {Array.<cellmesh.v1.ResourceHint>|null} [hints] TaskSubmit hints
             * @property {number|null} [cpuMillis] TaskSubmit cpuMillis
             * @property {number|null} [memoryMib] TaskSubmit memoryMib
             * @property {number|null} [vramMib] TaskSubmit vramMib
             * @property {string|null} [originNode] TaskSubmit originNode
             * @property {number|null} [deadlineMs] TaskSubmit deadlineMs
             * @property {string|null} [kind] TaskSubmit kind
             * @property {Uint8Array|null} [payload] TaskSubmit payload
             * @property {number|null} [submittedAtMs] TaskSubmit submittedAtMs
             * @property {string|null} [homeCell] TaskSubmit homeCell
             * @property {string|null} [spilledBecause] TaskSubmit spilledBecause
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskSubmit.
             * @memberof cellmesh.v1
             * @interface ITaskSubmit
             * @augments cellmesh.v1.TaskSubmit.$Properties
             * @deprecated Use cellmesh.v1.TaskSubmit.$Properties instead.
             */

            /**
             * Shape of a TaskSubmit.
             * @typedef {cellmesh.v1.TaskSubmit.$Properties} cellmesh.v1.TaskSubmit.$Shape
             */

            /**
             * Constructs a new TaskSubmit.
             * @memberof cellmesh.v1
             * @classdesc Represents a TaskSubmit.
             * @constructor
             * @param {cellmesh.v1.TaskSubmit.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TaskSubmit = function (p) {
                this.hints = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TaskSubmit scope.
             * @member {cellmesh.v1.Scope.$Properties|null|undefined} scope
             * @memberof cellmesh.v1.TaskSubmit
             * @instance
             */
            TaskSubmit.prototype.scope = null;

            /**
             * TaskSubmit profile.
             * @member {cellmesh.v1.TaskProfile} profile
             * @memberof cellmesh.v1.TaskSubmit
             * @instance
             */
            TaskSubmit.prototype.profile = 0;

            /**
             * TaskSubmit hints.
             * @member {Array.<cellmesh.v1.ResourceHint>} hints
             * @memberof cellmesh.v1.TaskSubmit
             * @instance
             */
            TaskSubmit.prototype.hints = $util.emptyArray;

            /**
             * TaskSubmit cpuMillis.
             * @member {number} cpuMillis
             * @memberof cellmesh.v1.TaskSubmit
             * @instance
             */
            TaskSubmit.prototype.cpuMillis = 0;

            /**
             * TaskSubmit memoryMib.
             * @member {number} memoryMib
             * @memberof cellmesh.v1.TaskSubmit
             * @instance
             */
            TaskSubmit.prototype.memoryMib = 0;

            /**
             * TaskSubmit vramMib.
             * @member {number} vramMib
             * @memberof cellmesh.v1.TaskSubmit
             * @instance
             */
            TaskSubmit.prototype.vramMib = 0;

            /**
             * TaskSubmit originNode.
             * @member {string} originNode
             * @memberof cellmesh.v1.TaskSubmit
             * @instance
             */
            TaskSubmit.prototype.originNode = "";

            /**
             * TaskSubmit deadlineMs.
             * @member {number} deadlineMs
             * @memberof cellmesh.v1.TaskSubmit
             * @instance
             */
            TaskSubmit.prototype.deadlineMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TaskSubmit kind.
             * @member {string} kind
             * @memberof cellmesh.v1.TaskSubmit
             * @instance
             */
            TaskSubmit.prototype.kind = "";

            /**
             * TaskSubmit payload.
             * @member {Uint8Array} payload
             * @memberof cellmesh.v1.TaskSubmit
             * @instance
             */
            TaskSubmit.prototype.payload = $util.newBuffer([]);

            /**
             * TaskSubmit submittedAtMs.
             * @member {number} submittedAtMs
             * @memberof cellmesh.v1.TaskSubmit
             * @instance
             */
            TaskSubmit.prototype.submittedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TaskSubmit homeCell.
             * @member {string} homeCell
             * @memberof cellmesh.v1.TaskSubmit
             * @instance
             */
            TaskSubmit.prototype.homeCell = "";

            /**
             * TaskSubmit spilledBecause.
             * @member {string} spilledBecause
             * @memberof cellmesh.v1.TaskSubmit
             * @instance
             */
            TaskSubmit.prototype.spilledBecause = "";

            /**
             * Creates a new TaskSubmit instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.TaskSubmit
             * @static
             * @param {cellmesh.v1.TaskSubmit.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.TaskSubmit} TaskSubmit instance
             * @type {{
             *   (properties: cellmesh.v1.TaskSubmit.$Shape): cellmesh.v1.TaskSubmit & cellmesh.v1.TaskSubmit.$Shape;
             *   (properties?: cellmesh.v1.TaskSubmit.$Properties): cellmesh.v1.TaskSubmit;
             * }}
             */
            TaskSubmit.create = function(properties) {
                return new TaskSubmit(properties);
            };

            /**
             * Encodes the specified TaskSubmit message. Does not implicitly {@link cellmesh.v1.TaskSubmit.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.TaskSubmit
             * @static
             * @param {cellmesh.v1.TaskSubmit.$Properties} m TaskSubmit message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskSubmit.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.scope != null && $Object.hasOwnProperty.call(m, "scope"))
                    $root.cellmesh.v1.Scope.encode(m.scope, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.profile != null && $Object.hasOwnProperty.call(m, "profile") && m.profile !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.profile);
                if (m.hints != null && m.hints.length) {
                    w.uint32(/* id 3, wireType 2 =*/26).int32s(m.hints);
                }
                if (m.cpuMillis != null && $Object.hasOwnProperty.call(m, "cpuMillis") && m.cpuMillis !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.cpuMillis);
                if (m.memoryMib != null && $Object.hasOwnProperty.call(m, "memoryMib") && m.memoryMib !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.memoryMib);
                if (m.vramMib != null && $Object.hasOwnProperty.call(m, "vramMib") && m.vramMib !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.vramMib);
                if (m.originNode != null && $Object.hasOwnProperty.call(m, "originNode") && m.originNode !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.originNode);
                if (m.deadlineMs != null && $Object.hasOwnProperty.call(m, "deadlineMs") && (typeof m.deadlineMs === "object" ? m.deadlineMs.low || m.deadlineMs.high : m.deadlineMs !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).int64(m.deadlineMs);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.kind);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(/* id 10, wireType 2 =*/82).bytes(m.payload);
                if (m.submittedAtMs != null && $Object.hasOwnProperty.call(m, "submittedAtMs") && (typeof m.submittedAtMs === "object" ? m.submittedAtMs.low || m.submittedAtMs.high : m.submittedAtMs !== 0))
                    w.uint32(/* id 11, wireType 0 =*/88).int64(m.submittedAtMs);
                if (m.homeCell != null && $Object.hasOwnProperty.call(m, "homeCell") && m.homeCell !== "")
                    w.uint32(/* id 12, wireType 2 =*/98).string(m.homeCell);
                if (m.spilledBecause != null && $Object.hasOwnProperty.call(m, "spilledBecause") && m.spilledBecause !== "")
                    w.uint32(/* id 13, wireType 2 =*/106).string(m.spilledBecause);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TaskSubmit message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.TaskSubmit
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.TaskSubmit & cellmesh.v1.TaskSubmit.$Shape} TaskSubmit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskSubmit.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.TaskSubmit();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.scope = $root.cellmesh.v1.Scope.decode(r, r.size(), $undefined, q + 1, m.scope);
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.profile = v;
                            else
                                delete m.profile;
                            continue;
                        }
                    case 3: {
                            if (u === 2) {
                                if (!(m.hints && m.hints.length))
                                    m.hints = [];
                                r.int32s(m.hints);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.hints && m.hints.length))
                                m.hints = [];
                            m.hints.push(r.int32());
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.cpuMillis = v;
                            else
                                delete m.cpuMillis;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.memoryMib = v;
                            else
                                delete m.memoryMib;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.vramMib = v;
                            else
                                delete m.vramMib;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.originNode = v;
                            else
                                delete m.originNode;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.deadlineMs = v;
                            else
                                delete m.deadlineMs;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.submittedAtMs = v;
                            else
                                delete m.submittedAtMs;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.homeCell = v;
                            else
                                delete m.homeCell;
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.spilledBecause = v;
                            else
                                delete m.spilledBecause;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a TaskSubmit message.
             * @function verify
             * @memberof cellmesh.v1.TaskSubmit
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TaskSubmit.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                    {
                        var e = $root.cellmesh.v1.Scope.verify(m.scope, q + 1);
                        if (e)
                            return "scope." + e;
                    }
                }
                if (m.profile != null && $Object.hasOwnProperty.call(m, "profile")) {
                    if (typeof m.profile !== "number" || (m.profile | 0) !== m.profile)
                        return "profile: enum value expected";
                }
                if (m.hints != null && $Object.hasOwnProperty.call(m, "hints")) {
                    if (!$Array.isArray(m.hints))
                        return "hints: array expected";
                    for (var i = 0; i < m.hints.length; ++i) {
                        if (typeof m.hints[i] !== "number" || (m.hints[i] | 0) !== m.hints[i])
                            return "hints: enum value[] expected";
                    }
                }
                if (m.cpuMillis != null && $Object.hasOwnProperty.call(m, "cpuMillis")) {
                    if (!$util.isInteger(m.cpuMillis))
                        return "cpuMillis: integer expected";
                }
                if (m.memoryMib != null && $Object.hasOwnProperty.call(m, "memoryMib")) {
                    if (!$util.isInteger(m.memoryMib))
                        return "memoryMib: integer expected";
                }
                if (m.vramMib != null && $Object.hasOwnProperty.call(m, "vramMib")) {
                    if (!$util.isInteger(m.vramMib))
                        return "vramMib: integer expected";
                }
                if (m.originNode != null && $Object.hasOwnProperty.call(m, "originNode")) {
                    if (!$util.isString(m.originNode))
                        return "originNode: string expected";
                }
                if (m.deadlineMs != null && $Object.hasOwnProperty.call(m, "deadlineMs")) {
                    if (!$util.isInteger(m.deadlineMs) && !(m.deadlineMs && $util.isInteger(m.deadlineMs.low) && $util.isInteger(m.deadlineMs.high)))
                        return "deadlineMs: integer|Long expected";
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    if (!$util.isString(m.kind))
                        return "kind: string expected";
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    if (!(m.payload && typeof m.payload.length === "number" || $util.isString(m.payload)))
                        return "payload: buffer expected";
                }
                if (m.submittedAtMs != null && $Object.hasOwnProperty.call(m, "submittedAtMs")) {
                    if (!$util.isInteger(m.submittedAtMs) && !(m.submittedAtMs && $util.isInteger(m.submittedAtMs.low) && $util.isInteger(m.submittedAtMs.high)))
                        return "submittedAtMs: integer|Long expected";
                }
                if (m.homeCell != null && $Object.hasOwnProperty.call(m, "homeCell")) {
                    if (!$util.isString(m.homeCell))
                        return "homeCell: string expected";
                }
                if (m.spilledBecause != null && $Object.hasOwnProperty.call(m, "spilledBecause")) {
                    if (!$util.isString(m.spilledBecause))
                        return "spilledBecause: string expected";
                }
                return null;
            };

            /**
             * Creates a TaskSubmit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.TaskSubmit
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.TaskSubmit} TaskSubmit
             */
            TaskSubmit.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.TaskSubmit)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.TaskSubmit: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.TaskSubmit();
                if (d.scope != null) {
                    if (!$util.isObject(d.scope))
                        throw $TypeError(".cellmesh.v1.TaskSubmit.scope: object expected");
                    m.scope = $root.cellmesh.v1.Scope.fromObject(d.scope, q + 1);
                }
                if (d.profile !== 0 && (typeof d.profile !== "string" || $root.cellmesh.v1.TaskProfile[d.profile] !== 0)) {
                    switch (d.profile) {
                    case "TASK_PROFILE_UNSPECIFIED":
                    case 0:
                        m.profile = 0;
                        break;
                    case "TASK_PROFILE_LATENCY_SENSITIVE":
                    case 1:
                        m.profile = 1;
                        break;
                    case "TASK_PROFILE_THROUGHPUT":
                    case 2:
                        m.profile = 2;
                        break;
                    case "TASK_PROFILE_BATCH":
                    case 3:
                        m.profile = 3;
                        break;
                    default:
                        if (typeof d.profile === "number" && (d.profile | 0) === d.profile)
                            m.profile = d.profile;
                    }
                }
                if (d.hints) {
                    if (!$Array.isArray(d.hints))
                        throw $TypeError(".cellmesh.v1.TaskSubmit.hints: array expected");
                    m.hints = [];
                    for (var i = 0; i < d.hints.length; ++i) {
                        switch (d.hints[i]) {
                        case "RESOURCE_HINT_UNSPECIFIED":
                        case 0:
                            m.hints[m.hints.length] = 0;
                            break;
                        case "RESOURCE_HINT_GPU_REQUIRED":
                        case 1:
                            m.hints[m.hints.length] = 1;
                            break;
                        case "RESOURCE_HINT_CPU_ONLY":
                        case 2:
                            m.hints[m.hints.length] = 2;
                            break;
                        case "RESOURCE_HINT_MEMORY_HEAVY":
                        case 3:
                            m.hints[m.hints.length] = 3;
                            break;
                        default:
                            if (typeof d.hints[i] === "number" && (d.hints[i] | 0) === d.hints[i])
                                m.hints[m.hints.length] = d.hints[i];
                        }
                    }
                }
                if (d.cpuMillis != null) {
                    if ($Number(d.cpuMillis) !== 0) {
                        m.cpuMillis = d.cpuMillis >>> 0;
                    }
                }
                if (d.memoryMib != null) {
                    if ($Number(d.memoryMib) !== 0) {
                        m.memoryMib = d.memoryMib >>> 0;
                    }
                }
                if (d.vramMib != null) {
                    if ($Number(d.vramMib) !== 0) {
                        m.vramMib = d.vramMib >>> 0;
                    }
                }
                if (d.originNode != null) {
                    if (typeof d.originNode !== "string" || d.originNode.length) {
                        m.originNode = $String(d.originNode);
                    }
                }
                if (d.deadlineMs != null) {
                    if (typeof d.deadlineMs === "object" ? d.deadlineMs.low || d.deadlineMs.high : $Number(d.deadlineMs) !== 0) {
                        if ($util.Long)
                            m.deadlineMs = $util.Long.fromValue(d.deadlineMs, false);
                        else if (typeof d.deadlineMs === "string")
                            m.deadlineMs = $parseInt(d.deadlineMs, 10);
                        else if (typeof d.deadlineMs === "number")
                            m.deadlineMs = d.deadlineMs;
                        else if (typeof d.deadlineMs === "object")
                            m.deadlineMs = new $util.LongBits(d.deadlineMs.low >>> 0, d.deadlineMs.high >>> 0).toNumber();
                    }
                }
                if (d.kind != null) {
                    if (typeof d.kind !== "string" || d.kind.length) {
                        m.kind = $String(d.kind);
                    }
                }
                if (d.payload != null) {
                    if (d.payload.length) {
                        if (typeof d.payload === "string")
                            $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                        else if (d.payload.length >= 0)
                            m.payload = d.payload;
                    }
                }
                if (d.submittedAtMs != null) {
                    if (typeof d.submittedAtMs === "object" ? d.submittedAtMs.low || d.submittedAtMs.high : $Number(d.submittedAtMs) !== 0) {
                        if ($util.Long)
                            m.submittedAtMs = $util.Long.fromValue(d.submittedAtMs, false);
                        else if (typeof d.submittedAtMs === "string")
                            m.submittedAtMs = $parseInt(d.submittedAtMs, 10);
                        else if (typeof d.submittedAtMs === "number")
                            m.submittedAtMs = d.submittedAtMs;
                        else if (typeof d.submittedAtMs === "object")
                            m.submittedAtMs = new $util.LongBits(d.submittedAtMs.low >>> 0, d.submittedAtMs.high >>> 0).toNumber();
                    }
                }
                if (d.homeCell != null) {
                    if (typeof d.homeCell !== "string" || d.homeCell.length) {
                        m.homeCell = $String(d.homeCell);
                    }
                }
                if (d.spilledBecause != null) {
                    if (typeof d.spilledBecause !== "string" || d.spilledBecause.length) {
                        m.spilledBecause = $String(d.spilledBecause);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TaskSubmit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.TaskSubmit
             * @static
             * @param {cellmesh.v1.TaskSubmit} m TaskSubmit
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskSubmit.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.hints = [];
                }
                if (o.defaults) {
                    d.scope = null;
                    d.profile = o.enums === $String ? "TASK_PROFILE_UNSPECIFIED" : 0;
                    d.cpuMillis = 0;
                    d.memoryMib = 0;
                    d.vramMib = 0;
                    d.originNode = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.deadlineMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.deadlineMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.kind = "";
                    if (o.bytes === $String)
                        d.payload = "";
                    else {
                        d.payload = [];
                        if (o.bytes !== $Array)
                            d.payload = $util.newBuffer(d.payload);
                    }
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.submittedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.submittedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.homeCell = "";
                    d.spilledBecause = "";
                }
                if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                    d.scope = $root.cellmesh.v1.Scope.toObject(m.scope, o, q + 1);
                }
                if (m.profile != null && $Object.hasOwnProperty.call(m, "profile")) {
                    d.profile = o.enums === $String ? $root.cellmesh.v1.TaskProfile[m.profile] === $undefined ? m.profile : $root.cellmesh.v1.TaskProfile[m.profile] : m.profile;
                }
                if (m.hints && m.hints.length) {
                    d.hints = $Array(m.hints.length);
                    for (var j = 0; j < m.hints.length; ++j) {
                        d.hints[j] = o.enums === $String ? $root.cellmesh.v1.ResourceHint[m.hints[j]] === $undefined ? m.hints[j] : $root.cellmesh.v1.ResourceHint[m.hints[j]] : m.hints[j];
                    }
                }
                if (m.cpuMillis != null && $Object.hasOwnProperty.call(m, "cpuMillis")) {
                    d.cpuMillis = m.cpuMillis;
                }
                if (m.memoryMib != null && $Object.hasOwnProperty.call(m, "memoryMib")) {
                    d.memoryMib = m.memoryMib;
                }
                if (m.vramMib != null && $Object.hasOwnProperty.call(m, "vramMib")) {
                    d.vramMib = m.vramMib;
                }
                if (m.originNode != null && $Object.hasOwnProperty.call(m, "originNode")) {
                    d.originNode = m.originNode;
                }
                if (m.deadlineMs != null && $Object.hasOwnProperty.call(m, "deadlineMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.deadlineMs = typeof m.deadlineMs === "number" ? $BigInt(m.deadlineMs) : $util.Long.fromBits(m.deadlineMs.low >>> 0, m.deadlineMs.high >>> 0, false).toBigInt();
                    else if (typeof m.deadlineMs === "number")
                        d.deadlineMs = o.longs === $String ? $String(m.deadlineMs) : m.deadlineMs;
                    else
                        d.deadlineMs = o.longs === $String ? $util.Long.prototype.toString.call(m.deadlineMs) : o.longs === $Number ? new $util.LongBits(m.deadlineMs.low >>> 0, m.deadlineMs.high >>> 0).toNumber() : m.deadlineMs;
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = m.kind;
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    d.payload = o.bytes === $String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.payload) : m.payload;
                }
                if (m.submittedAtMs != null && $Object.hasOwnProperty.call(m, "submittedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.submittedAtMs = typeof m.submittedAtMs === "number" ? $BigInt(m.submittedAtMs) : $util.Long.fromBits(m.submittedAtMs.low >>> 0, m.submittedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.submittedAtMs === "number")
                        d.submittedAtMs = o.longs === $String ? $String(m.submittedAtMs) : m.submittedAtMs;
                    else
                        d.submittedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.submittedAtMs) : o.longs === $Number ? new $util.LongBits(m.submittedAtMs.low >>> 0, m.submittedAtMs.high >>> 0).toNumber() : m.submittedAtMs;
                }
                if (m.homeCell != null && $Object.hasOwnProperty.call(m, "homeCell")) {
                    d.homeCell = m.homeCell;
                }
                if (m.spilledBecause != null && $Object.hasOwnProperty.call(m, "spilledBecause")) {
                    d.spilledBecause = m.spilledBecause;
                }
                return d;
            };

            /**
             * Converts this TaskSubmit to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.TaskSubmit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskSubmit.prototype.toJSON = function() {
                return TaskSubmit.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskSubmit
             * @function getTypeUrl
             * @memberof cellmesh.v1.TaskSubmit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskSubmit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.TaskSubmit";
            };

            return TaskSubmit;
        })();

        v1.PluginScore = (function() {

            /**
             * Properties of a PluginScore.
             * @typedef {Object} cellmesh.v1.PluginScore.$Properties
             * @property {string|null} [plugin] PluginScore plugin
             * @property {number|null} [raw] PluginScore raw
             * @property {number|null} [normalized] PluginScore normalized
             * @property {number|null} [weight] PluginScore weight
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PluginScore.
             * @memberof cellmesh.v1
             * @interface IPluginScore
             * @augments cellmesh.v1.PluginScore.$Properties
             * @deprecated Use cellmesh.v1.PluginScore.$Properties instead.
             */

            /**
             * Shape of a PluginScore.
             * @typedef {cellmesh.v1.PluginScore.$Properties} cellmesh.v1.PluginScore.$Shape
             */

            /**
             * Constructs a new PluginScore.
             * @memberof cellmesh.v1
             * @classdesc Represents a PluginScore.
             * @constructor
             * @param {cellmesh.v1.PluginScore.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PluginScore = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PluginScore plugin.
             * @member {string} plugin
             * @memberof cellmesh.v1.PluginScore
             * @instance
             */
            PluginScore.prototype.plugin = "";

            /**
             * PluginScore raw.
             * @member {number} raw
             * @memberof cellmesh.v1.PluginScore
             * @instance
             */
            PluginScore.prototype.raw = 0;

            /**
             * PluginScore normalized.
             * @member {number} normalized
             * @memberof cellmesh.v1.PluginScore
             * @instance
             */
            PluginScore.prototype.normalized = 0;

            /**
             * PluginScore weight.
             * @member {number} weight
             * @memberof cellmesh.v1.PluginScore
             * @instance
             */
            PluginScore.prototype.weight = 0;

            /**
             * Creates a new PluginScore instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.PluginScore
             * @static
             * @param {cellmesh.v1.PluginScore.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.PluginScore} PluginScore instance
             * @type {{
             *   (properties: cellmesh.v1.PluginScore.$Shape): cellmesh.v1.PluginScore & cellmesh.v1.PluginScore.$Shape;
             *   (properties?: cellmesh.v1.PluginScore.$Properties): cellmesh.v1.PluginScore;
             * }}
             */
            PluginScore.create = function(properties) {
                return new PluginScore(properties);
            };

            /**
             * Encodes the specified PluginScore message. Does not implicitly {@link cellmesh.v1.PluginScore.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.PluginScore
             * @static
             * @param {cellmesh.v1.PluginScore.$Properties} m PluginScore message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PluginScore.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.plugin != null && $Object.hasOwnProperty.call(m, "plugin") && m.plugin !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.plugin);
                if (m.raw != null && $Object.hasOwnProperty.call(m, "raw") && !$Object.is(m.raw, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.raw);
                if (m.normalized != null && $Object.hasOwnProperty.call(m, "normalized") && !$Object.is(m.normalized, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.normalized);
                if (m.weight != null && $Object.hasOwnProperty.call(m, "weight") && !$Object.is(m.weight, 0))
                    w.uint32(/* id 4, wireType 1 =*/33).double(m.weight);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PluginScore message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.PluginScore
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.PluginScore & cellmesh.v1.PluginScore.$Shape} PluginScore
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PluginScore.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.PluginScore();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.plugin = v;
                            else
                                delete m.plugin;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.raw = v;
                            else
                                delete m.raw;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.normalized = v;
                            else
                                delete m.normalized;
                            continue;
                        }
                    case 4: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.weight = v;
                            else
                                delete m.weight;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a PluginScore message.
             * @function verify
             * @memberof cellmesh.v1.PluginScore
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PluginScore.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.plugin != null && $Object.hasOwnProperty.call(m, "plugin")) {
                    if (!$util.isString(m.plugin))
                        return "plugin: string expected";
                }
                if (m.raw != null && $Object.hasOwnProperty.call(m, "raw")) {
                    if (typeof m.raw !== "number")
                        return "raw: number expected";
                }
                if (m.normalized != null && $Object.hasOwnProperty.call(m, "normalized")) {
                    if (typeof m.normalized !== "number")
                        return "normalized: number expected";
                }
                if (m.weight != null && $Object.hasOwnProperty.call(m, "weight")) {
                    if (typeof m.weight !== "number")
                        return "weight: number expected";
                }
                return null;
            };

            /**
             * Creates a PluginScore message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.PluginScore
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.PluginScore} PluginScore
             */
            PluginScore.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.PluginScore)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.PluginScore: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.PluginScore();
                if (d.plugin != null) {
                    if (typeof d.plugin !== "string" || d.plugin.length) {
                        m.plugin = $String(d.plugin);
                    }
                }
                if (d.raw != null) {
                    if (!$Object.is($Number(d.raw), 0)) {
                        m.raw = $Number(d.raw);
                    }
                }
                if (d.normalized != null) {
                    if (!$Object.is($Number(d.normalized), 0)) {
                        m.normalized = $Number(d.normalized);
                    }
                }
                if (d.weight != null) {
                    if (!$Object.is($Number(d.weight), 0)) {
                        m.weight = $Number(d.weight);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PluginScore message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.PluginScore
             * @static
             * @param {cellmesh.v1.PluginScore} m PluginScore
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PluginScore.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.plugin = "";
                    d.raw = 0;
                    d.normalized = 0;
                    d.weight = 0;
                }
                if (m.plugin != null && $Object.hasOwnProperty.call(m, "plugin")) {
                    d.plugin = m.plugin;
                }
                if (m.raw != null && $Object.hasOwnProperty.call(m, "raw")) {
                    d.raw = o.json && !$isFinite(m.raw) ? $String(m.raw) : m.raw;
                }
                if (m.normalized != null && $Object.hasOwnProperty.call(m, "normalized")) {
                    d.normalized = o.json && !$isFinite(m.normalized) ? $String(m.normalized) : m.normalized;
                }
                if (m.weight != null && $Object.hasOwnProperty.call(m, "weight")) {
                    d.weight = o.json && !$isFinite(m.weight) ? $String(m.weight) : m.weight;
                }
                return d;
            };

            /**
             * Converts this PluginScore to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.PluginScore
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PluginScore.prototype.toJSON = function() {
                return PluginScore.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PluginScore
             * @function getTypeUrl
             * @memberof cellmesh.v1.PluginScore
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PluginScore.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.PluginScore";
            };

            return PluginScore;
        })();

        v1.CandidateVerdict = (function() {

            /**
             * Properties of a CandidateVerdict.
             * @typedef {Object} cellmesh.v1.CandidateVerdict.$Properties
             * @property {string|null} [nodeId] CandidateVerdict nodeId
             * @property {boolean|null} [feasible] CandidateVerdict feasible
             * @property {string|null} [rejectedBy] CandidateVerdict rejectedBy
             * @property {string|null} [reason] CandidateVerdict reason
             * @property {Array.<cellmesh.v1.PluginScore.$Properties>|null} [scores] CandidateVerdict scores
             * @property {number|null} [finalScore] CandidateVerdict finalScore
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CandidateVerdict.
             * @memberof cellmesh.v1
             * @interface ICandidateVerdict
             * @augments cellmesh.v1.CandidateVerdict.$Properties
             * @deprecated Use cellmesh.v1.CandidateVerdict.$Properties instead.
             */

            /**
             * Shape of a CandidateVerdict.
             * @typedef {cellmesh.v1.CandidateVerdict.$Properties} cellmesh.v1.CandidateVerdict.$Shape
             */

            /**
             * Constructs a new CandidateVerdict.
             * @memberof cellmesh.v1
             * @classdesc Represents a CandidateVerdict.
             * @constructor
             * @param {cellmesh.v1.CandidateVerdict.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var CandidateVerdict = function (p) {
                this.scores = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CandidateVerdict nodeId.
             * @member {string} nodeId
             * @memberof cellmesh.v1.CandidateVerdict
             * @instance
             */
            CandidateVerdict.prototype.nodeId = "";

            /**
             * CandidateVerdict feasible.
             * @member {boolean} feasible
             * @memberof cellmesh.v1.CandidateVerdict
             * @instance
             */
            CandidateVerdict.prototype.feasible = false;

            /**
             * CandidateVerdict rejectedBy.
             * @member {string} rejectedBy
             * @memberof cellmesh.v1.CandidateVerdict
             * @instance
             */
            CandidateVerdict.prototype.rejectedBy = "";

            /**
             * CandidateVerdict reason.
             * @member {string} reason
             * @memberof cellmesh.v1.CandidateVerdict
             * @instance
             */
            CandidateVerdict.prototype.reason = "";

            /**
             * CandidateVerdict scores.
             * @member {Array.<cellmesh.v1.PluginScore.$Properties>} scores
             * @memberof cellmesh.v1.CandidateVerdict
             * @instance
             */
            CandidateVerdict.prototype.scores = $util.emptyArray;

            /**
             * CandidateVerdict finalScore.
             * @member {number} finalScore
             * @memberof cellmesh.v1.CandidateVerdict
             * @instance
             */
            CandidateVerdict.prototype.finalScore = 0;

            /**
             * Creates a new CandidateVerdict instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.CandidateVerdict
             * @static
             * @param {cellmesh.v1.CandidateVerdict.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.CandidateVerdict} CandidateVerdict instance
             * @type {{
             *   (properties: cellmesh.v1.CandidateVerdict.$Shape): cellmesh.v1.CandidateVerdict & cellmesh.v1.CandidateVerdict.$Shape;
             *   (properties?: cellmesh.v1.CandidateVerdict.$Properties): cellmesh.v1.CandidateVerdict;
             * }}
             */
            CandidateVerdict.create = function(properties) {
                return new CandidateVerdict(properties);
            };

            /**
             * Encodes the specified CandidateVerdict message. Does not implicitly {@link cellmesh.v1.CandidateVerdict.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.CandidateVerdict
             * @static
             * @param {cellmesh.v1.CandidateVerdict.$Properties} m CandidateVerdict message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CandidateVerdict.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
                if (m.feasible != null && $Object.hasOwnProperty.call(m, "feasible") && m.feasible !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.feasible);
                if (m.rejectedBy != null && $Object.hasOwnProperty.call(m, "rejectedBy") && m.rejectedBy !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.rejectedBy);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.reason);
                if (m.scores != null && m.scores.length) {
                    for (var i = 0; i < m.scores.length; ++i)
                        $root.cellmesh.v1.PluginScore.encode(m.scores[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.finalScore != null && $Object.hasOwnProperty.call(m, "finalScore") && !$Object.is(m.finalScore, 0))
                    w.uint32(/* id 6, wireType 1 =*/49).double(m.finalScore);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CandidateVerdict message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.CandidateVerdict
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.CandidateVerdict & cellmesh.v1.CandidateVerdict.$Shape} CandidateVerdict
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CandidateVerdict.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.CandidateVerdict();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.feasible = v;
                            else
                                delete m.feasible;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.rejectedBy = v;
                            else
                                delete m.rejectedBy;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.scores && m.scores.length))
                                m.scores = [];
                            m.scores.push($root.cellmesh.v1.PluginScore.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 6: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.finalScore = v;
                            else
                                delete m.finalScore;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a CandidateVerdict message.
             * @function verify
             * @memberof cellmesh.v1.CandidateVerdict
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CandidateVerdict.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    if (!$util.isString(m.nodeId))
                        return "nodeId: string expected";
                }
                if (m.feasible != null && $Object.hasOwnProperty.call(m, "feasible")) {
                    if (typeof m.feasible !== "boolean")
                        return "feasible: boolean expected";
                }
                if (m.rejectedBy != null && $Object.hasOwnProperty.call(m, "rejectedBy")) {
                    if (!$util.isString(m.rejectedBy))
                        return "rejectedBy: string expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                if (m.scores != null && $Object.hasOwnProperty.call(m, "scores")) {
                    if (!$Array.isArray(m.scores))
                        return "scores: array expected";
                    for (var i = 0; i < m.scores.length; ++i) {
                        {
                            var e = $root.cellmesh.v1.PluginScore.verify(m.scores[i], q + 1);
                            if (e)
                                return "scores." + e;
                        }
                    }
                }
                if (m.finalScore != null && $Object.hasOwnProperty.call(m, "finalScore")) {
                    if (typeof m.finalScore !== "number")
                        return "finalScore: number expected";
                }
                return null;
            };

            /**
             * Creates a CandidateVerdict message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.CandidateVerdict
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.CandidateVerdict} CandidateVerdict
             */
            CandidateVerdict.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.CandidateVerdict)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.CandidateVerdict: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.CandidateVerdict();
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.feasible != null) {
                    if (d.feasible) {
                        m.feasible = $Boolean(d.feasible);
                    }
                }
                if (d.rejectedBy != null) {
                    if (typeof d.rejectedBy !== "string" || d.rejectedBy.length) {
                        m.rejectedBy = $String(d.rejectedBy);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.scores) {
                    if (!$Array.isArray(d.scores))
                        throw $TypeError(".cellmesh.v1.CandidateVerdict.scores: array expected");
                    m.scores = $Array(d.scores.length);
                    for (var i = 0; i < d.scores.length; ++i) {
                        if (!$util.isObject(d.scores[i]))
                            throw $TypeError(".cellmesh.v1.CandidateVerdict.scores: object expected");
                        m.scores[i] = $root.cellmesh.v1.PluginScore.fromObject(d.scores[i], q + 1);
                    }
                }
                if (d.finalScore != null) {
                    if (!$Object.is($Number(d.finalScore), 0)) {
                        m.finalScore = $Number(d.finalScore);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CandidateVerdict message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.CandidateVerdict
             * @static
             * @param {cellmesh.v1.CandidateVerdict} m CandidateVerdict
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CandidateVerdict.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.scores = [];
                }
                if (o.defaults) {
                    d.nodeId = "";
                    d.feasible = false;
                    d.rejectedBy = "";
                    d.reason = "";
                    d.finalScore = 0;
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.feasible != null && $Object.hasOwnProperty.call(m, "feasible")) {
                    d.feasible = m.feasible;
                }
                if (m.rejectedBy != null && $Object.hasOwnProperty.call(m, "rejectedBy")) {
                    d.rejectedBy = m.rejectedBy;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.scores && m.scores.length) {
                    d.scores = $Array(m.scores.length);
                    for (var j = 0; j < m.scores.length; ++j) {
                        d.scores[j] = $root.cellmesh.v1.PluginScore.toObject(m.scores[j], o, q + 1);
                    }
                }
                if (m.finalScore != null && $Object.hasOwnProperty.call(m, "finalScore")) {
                    d.finalScore = o.json && !$isFinite(m.finalScore) ? $String(m.finalScore) : m.finalScore;
                }
                return d;
            };

            /**
             * Converts this CandidateVerdict to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.CandidateVerdict
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CandidateVerdict.prototype.toJSON = function() {
                return CandidateVerdict.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CandidateVerdict
             * @function getTypeUrl
             * @memberof cellmesh.v1.CandidateVerdict
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CandidateVerdict.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.CandidateVerdict";
            };

            return CandidateVerdict;
        })();

        /**
         * PlacementOutcome enum.
         * @name cellmesh.v1.PlacementOutcome
         * @enum {number}
         * @property {number} PLACEMENT_OUTCOME_UNSPECIFIED=0 PLACEMENT_OUTCOME_UNSPECIFIED value
         * @property {number} PLACEMENT_OUTCOME_PLACED=1 PLACEMENT_OUTCOME_PLACED value
         * @property {number} PLACEMENT_OUTCOME_QUEUED=2 PLACEMENT_OUTCOME_QUEUED value
         * @property {number} PLACEMENT_OUTCOME_REJECTED=3 PLACEMENT_OUTCOME_REJECTED value
         */
        v1.PlacementOutcome = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PLACEMENT_OUTCOME_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PLACEMENT_OUTCOME_PLACED"] = 1;
            values[valuesById[2] = "PLACEMENT_OUTCOME_QUEUED"] = 2;
            values[valuesById[3] = "PLACEMENT_OUTCOME_REJECTED"] = 3;
            return values;
        })();

        v1.PlacementReceipt = (function() {

            /**
             * Properties of a PlacementReceipt.
             * @typedef {Object} cellmesh.v1.PlacementReceipt.$Properties
             * @property {cellmesh.v1.Scope.$Properties|null} [scope] PlacementReceipt scope
             * @property {cellmesh.v1.PlacementOutcome|null} [outcome] PlacementReceipt outcome
             * @property {string|null} [chosenNode] PlacementReceipt chosenNode
             * @property {number|null} [gpuIndex] PlacementReceipt gpuIndex
             * @property {string|null} [rule] PlacementReceipt rule
             * @property {string|null} [rejectReason] PlacementReceipt rejectReason
             * @property {Array.<cellmesh.v1.CandidateVerdict.$Properties>|null} [candidates] PlacementReceipt candidates
             * @property {cellmesh.v1.TaskProfile|null} [profile] PlacementReceipt profile
             * @property {number|null} [decidedAtMs] PlacementReceipt decidedAtMs
             * @property {number|null} [decisionLatencyMs] PlacementReceipt decisionLatencyMs
             * @property {string|null} [schedulerNode] PlacementReceipt schedulerNode
             * @property {cellmesh.v1.FencingToken.$Properties|null} [fencing] PlacementReceipt fencing
             * @property {number|null} [attempt] PlacementReceipt attempt
             * @property {string|null} [traceId] PlacementReceipt traceId
             * @property {number|null} [candidatesOmitted] PlacementReceipt candidatesOmitted
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlacementReceipt.
             * @memberof cellmesh.v1
             * @interface IPlacementReceipt
             * @augments cellmesh.v1.PlacementReceipt.$Properties
             * @deprecated Use cellmesh.v1.PlacementReceipt.$Properties instead.
             */

            /**
             * Shape of a PlacementReceipt.
             * @typedef {cellmesh.v1.PlacementReceipt.$Properties} cellmesh.v1.PlacementReceipt.$Shape
             */

            /**
             * Constructs a new PlacementReceipt.
             * @memberof cellmesh.v1
             * @classdesc Represents a PlacementReceipt.
             * @constructor
             * @param {cellmesh.v1.PlacementReceipt.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PlacementReceipt = function (p) {
                this.candidates = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PlacementReceipt scope.
             * @member {cellmesh.v1.Scope.$Properties|null|undefined} scope
             * @memberof cellmesh.v1.PlacementReceipt
             * @instance
             */
            PlacementReceipt.prototype.scope = null;

            /**
             * PlacementReceipt outcome.
             * @member {cellmesh.v1.PlacementOutcome} outcome
             * @memberof cellmesh.v1.PlacementReceipt
             * @instance
             */
            PlacementReceipt.prototype.outcome = 0;

            /**
             * PlacementReceipt chosenNode.
             * @member {string} chosenNode
             * @memberof cellmesh.v1.PlacementReceipt
             * @instance
             */
            PlacementReceipt.prototype.chosenNode = "";

            /**
             * PlacementReceipt gpuIndex.
             * @member {number} gpuIndex
             * @memberof cellmesh.v1.PlacementReceipt
             * @instance
             */
            PlacementReceipt.prototype.gpuIndex = 0;

            /**
             * PlacementReceipt rule.
             * @member {string} rule
             * @memberof cellmesh.v1.PlacementReceipt
             * @instance
             */
            PlacementReceipt.prototype.rule = "";

            /**
             * PlacementReceipt rejectReason.
             * @member {string} rejectReason
             * @memberof cellmesh.v1.PlacementReceipt
             * @instance
             */
            PlacementReceipt.prototype.rejectReason = "";

            /**
             * PlacementReceipt candidates.
             * @member {Array.<cellmesh.v1.CandidateVerdict.$Properties>} candidates
             * @memberof cellmesh.v1.PlacementReceipt
             * @instance
             */
            PlacementReceipt.prototype.candidates = $util.emptyArray;

            /**
             * PlacementReceipt profile.
             * @member {cellmesh.v1.TaskProfile} profile
             * @memberof cellmesh.v1.PlacementReceipt
             * @instance
             */
            PlacementReceipt.prototype.profile = 0;

            /**
             * PlacementReceipt decidedAtMs.
             * @member {number} decidedAtMs
             * @memberof cellmesh.v1.PlacementReceipt
             * @instance
             */
            PlacementReceipt.prototype.decidedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PlacementReceipt decisionLatencyMs.
             * @member {number} decisionLatencyMs
             * @memberof cellmesh.v1.PlacementReceipt
             * @instance
             */
            PlacementReceipt.prototype.decisionLatencyMs = 0;

            /**
             * PlacementReceipt schedulerNode.
             * @member {string} schedulerNode
             * @memberof cellmesh.v1.PlacementReceipt
             * @instance
             */
            PlacementReceipt.prototype.schedulerNode = "";

            /**
             * PlacementReceipt fencing.
             * @member {cellmesh.v1.FencingToken.$Properties|null|undefined} fencing
             * @memberof cellmesh.v1.PlacementReceipt
             * @instance
             */
            PlacementReceipt.prototype.fencing = null;

            /**
             * PlacementReceipt attempt.
             * @member {number} attempt
             * @memberof cellmesh.v1.PlacementReceipt
             * @instance
             */
            PlacementReceipt.prototype.attempt = 0;

            /**
             * PlacementReceipt traceId.
             * @member {string} traceId
             * @memberof cellmesh.v1.PlacementReceipt
             * @instance
             */
            PlacementReceipt.prototype.traceId = "";

            /**
             * PlacementReceipt candidatesOmitted.
             * @member {number} candidatesOmitted
             * @memberof cellmesh.v1.PlacementReceipt
             * @instance
             */
            PlacementReceipt.prototype.candidatesOmitted = 0;

            /**
             * Creates a new PlacementReceipt instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.PlacementReceipt
             * @static
             * @param {cellmesh.v1.PlacementReceipt.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.PlacementReceipt} PlacementReceipt instance
             * @type {{
             *   (properties: cellmesh.v1.PlacementReceipt.$Shape): cellmesh.v1.PlacementReceipt & cellmesh.v1.PlacementReceipt.$Shape;
             *   (properties?: cellmesh.v1.PlacementReceipt.$Properties): cellmesh.v1.PlacementReceipt;
             * }}
             */
            PlacementReceipt.create = function(properties) {
                return new PlacementReceipt(properties);
            };

            /**
             * Encodes the specified PlacementReceipt message. Does not implicitly {@link cellmesh.v1.PlacementReceipt.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.PlacementReceipt
             * @static
             * @param {cellmesh.v1.PlacementReceipt.$Properties} m PlacementReceipt message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlacementReceipt.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.scope != null && $Object.hasOwnProperty.call(m, "scope"))
                    $root.cellmesh.v1.Scope.encode(m.scope, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.outcome != null && $Object.hasOwnProperty.call(m, "outcome") && m.outcome !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.outcome);
                if (m.chosenNode != null && $Object.hasOwnProperty.call(m, "chosenNode") && m.chosenNode !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.chosenNode);
                if (m.gpuIndex != null && $Object.hasOwnProperty.call(m, "gpuIndex") && m.gpuIndex !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).int32(m.gpuIndex);
                if (m.rule != null && $Object.hasOwnProperty.call(m, "rule") && m.rule !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.rule);
                if (m.rejectReason != null && $Object.hasOwnProperty.call(m, "rejectReason") && m.rejectReason !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.rejectReason);
                if (m.candidates != null && m.candidates.length) {
                    for (var i = 0; i < m.candidates.length; ++i)
                        $root.cellmesh.v1.CandidateVerdict.encode(m.candidates[i], w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                }
                if (m.profile != null && $Object.hasOwnProperty.call(m, "profile") && m.profile !== 0)
                    w.uint32(/* id 8, wireType 0 =*/64).int32(m.profile);
                if (m.decidedAtMs != null && $Object.hasOwnProperty.call(m, "decidedAtMs") && (typeof m.decidedAtMs === "object" ? m.decidedAtMs.low || m.decidedAtMs.high : m.decidedAtMs !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).int64(m.decidedAtMs);
                if (m.decisionLatencyMs != null && $Object.hasOwnProperty.call(m, "decisionLatencyMs") && !$Object.is(m.decisionLatencyMs, 0))
                    w.uint32(/* id 10, wireType 1 =*/81).double(m.decisionLatencyMs);
                if (m.schedulerNode != null && $Object.hasOwnProperty.call(m, "schedulerNode") && m.schedulerNode !== "")
                    w.uint32(/* id 11, wireType 2 =*/90).string(m.schedulerNode);
                if (m.fencing != null && $Object.hasOwnProperty.call(m, "fencing"))
                    $root.cellmesh.v1.FencingToken.encode(m.fencing, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.attempt != null && $Object.hasOwnProperty.call(m, "attempt") && m.attempt !== 0)
                    w.uint32(/* id 13, wireType 0 =*/104).uint32(m.attempt);
                if (m.traceId != null && $Object.hasOwnProperty.call(m, "traceId") && m.traceId !== "")
                    w.uint32(/* id 14, wireType 2 =*/114).string(m.traceId);
                if (m.candidatesOmitted != null && $Object.hasOwnProperty.call(m, "candidatesOmitted") && m.candidatesOmitted !== 0)
                    w.uint32(/* id 15, wireType 0 =*/120).uint32(m.candidatesOmitted);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PlacementReceipt message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.PlacementReceipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.PlacementReceipt & cellmesh.v1.PlacementReceipt.$Shape} PlacementReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlacementReceipt.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.PlacementReceipt();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.scope = $root.cellmesh.v1.Scope.decode(r, r.size(), $undefined, q + 1, m.scope);
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.outcome = v;
                            else
                                delete m.outcome;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.chosenNode = v;
                            else
                                delete m.chosenNode;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.gpuIndex = v;
                            else
                                delete m.gpuIndex;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.rule = v;
                            else
                                delete m.rule;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.rejectReason = v;
                            else
                                delete m.rejectReason;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.candidates && m.candidates.length))
                                m.candidates = [];
                            m.candidates.push($root.cellmesh.v1.CandidateVerdict.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.profile = v;
                            else
                                delete m.profile;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.decidedAtMs = v;
                            else
                                delete m.decidedAtMs;
                            continue;
                        }
                    case 10: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.decisionLatencyMs = v;
                            else
                                delete m.decisionLatencyMs;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.schedulerNode = v;
                            else
                                delete m.schedulerNode;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.fencing = $root.cellmesh.v1.FencingToken.decode(r, r.size(), $undefined, q + 1, m.fencing);
                            continue;
                        }
                    case 13: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.attempt = v;
                            else
                                delete m.attempt;
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.traceId = v;
                            else
                                delete m.traceId;
                            continue;
                        }
                    case 15: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.candidatesOmitted = v;
                            else
                                delete m.candidatesOmitted;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a PlacementReceipt message.
             * @function verify
             * @memberof cellmesh.v1.PlacementReceipt
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PlacementReceipt.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                    {
                        var e = $root.cellmesh.v1.Scope.verify(m.scope, q + 1);
                        if (e)
                            return "scope." + e;
                    }
                }
                if (m.outcome != null && $Object.hasOwnProperty.call(m, "outcome")) {
                    if (typeof m.outcome !== "number" || (m.outcome | 0) !== m.outcome)
                        return "outcome: enum value expected";
                }
                if (m.chosenNode != null && $Object.hasOwnProperty.call(m, "chosenNode")) {
                    if (!$util.isString(m.chosenNode))
                        return "chosenNode: string expected";
                }
                if (m.gpuIndex != null && $Object.hasOwnProperty.call(m, "gpuIndex")) {
                    if (!$util.isInteger(m.gpuIndex))
                        return "gpuIndex: integer expected";
                }
                if (m.rule != null && $Object.hasOwnProperty.call(m, "rule")) {
                    if (!$util.isString(m.rule))
                        return "rule: string expected";
                }
                if (m.rejectReason != null && $Object.hasOwnProperty.call(m, "rejectReason")) {
                    if (!$util.isString(m.rejectReason))
                        return "rejectReason: string expected";
                }
                if (m.candidates != null && $Object.hasOwnProperty.call(m, "candidates")) {
                    if (!$Array.isArray(m.candidates))
                        return "candidates: array expected";
                    for (var i = 0; i < m.candidates.length; ++i) {
                        {
                            var e = $root.cellmesh.v1.CandidateVerdict.verify(m.candidates[i], q + 1);
                            if (e)
                                return "candidates." + e;
                        }
                    }
                }
                if (m.profile != null && $Object.hasOwnProperty.call(m, "profile")) {
                    if (typeof m.profile !== "number" || (m.profile | 0) !== m.profile)
                        return "profile: enum value expected";
                }
                if (m.decidedAtMs != null && $Object.hasOwnProperty.call(m, "decidedAtMs")) {
                    if (!$util.isInteger(m.decidedAtMs) && !(m.decidedAtMs && $util.isInteger(m.decidedAtMs.low) && $util.isInteger(m.decidedAtMs.high)))
                        return "decidedAtMs: integer|Long expected";
                }
                if (m.decisionLatencyMs != null && $Object.hasOwnProperty.call(m, "decisionLatencyMs")) {
                    if (typeof m.decisionLatencyMs !== "number")
                        return "decisionLatencyMs: number expected";
                }
                if (m.schedulerNode != null && $Object.hasOwnProperty.call(m, "schedulerNode")) {
                    if (!$util.isString(m.schedulerNode))
                        return "schedulerNode: string expected";
                }
                if (m.fencing != null && $Object.hasOwnProperty.call(m, "fencing")) {
                    {
                        var e = $root.cellmesh.v1.FencingToken.verify(m.fencing, q + 1);
                        if (e)
                            return "fencing." + e;
                    }
                }
                if (m.attempt != null && $Object.hasOwnProperty.call(m, "attempt")) {
                    if (!$util.isInteger(m.attempt))
                        return "attempt: integer expected";
                }
                if (m.traceId != null && $Object.hasOwnProperty.call(m, "traceId")) {
                    if (!$util.isString(m.traceId))
                        return "traceId: string expected";
                }
                if (m.candidatesOmitted != null && $Object.hasOwnProperty.call(m, "candidatesOmitted")) {
                    if (!$util.isInteger(m.candidatesOmitted))
                        return "candidatesOmitted: integer expected";
                }
                return null;
            };

            /**
             * Creates a PlacementReceipt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.PlacementReceipt
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.PlacementReceipt} PlacementReceipt
             */
            PlacementReceipt.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.PlacementReceipt)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.PlacementReceipt: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.PlacementReceipt();
                if (d.scope != null) {
                    if (!$util.isObject(d.scope))
                        throw $TypeError(".cellmesh.v1.PlacementReceipt.scope: object expected");
                    m.scope = $root.cellmesh.v1.Scope.fromObject(d.scope, q + 1);
                }
                if (d.outcome !== 0 && (typeof d.outcome !== "string" || $root.cellmesh.v1.PlacementOutcome[d.outcome] !== 0)) {
                    switch (d.outcome) {
                    case "PLACEMENT_OUTCOME_UNSPECIFIED":
                    case 0:
                        m.outcome = 0;
                        break;
                    case "PLACEMENT_OUTCOME_PLACED":
                    case 1:
                        m.outcome = 1;
                        break;
                    case "PLACEMENT_OUTCOME_QUEUED":
                    case 2:
                        m.outcome = 2;
                        break;
                    case "PLACEMENT_OUTCOME_REJECTED":
                    case 3:
                        m.outcome = 3;
                        break;
                    default:
                        if (typeof d.outcome === "number" && (d.outcome | 0) === d.outcome)
                            m.outcome = d.outcome;
                    }
                }
                if (d.chosenNode != null) {
                    if (typeof d.chosenNode !== "string" || d.chosenNode.length) {
                        m.chosenNode = $String(d.chosenNode);
                    }
                }
                if (d.gpuIndex != null) {
                    if ($Number(d.gpuIndex) !== 0) {
                        m.gpuIndex = d.gpuIndex | 0;
                    }
                }
                if (d.rule != null) {
                    if (typeof d.rule !== "string" || d.rule.length) {
                        m.rule = $String(d.rule);
                    }
                }
                if (d.rejectReason != null) {
                    if (typeof d.rejectReason !== "string" || d.rejectReason.length) {
                        m.rejectReason = $String(d.rejectReason);
                    }
                }
                if (d.candidates) {
                    if (!$Array.isArray(d.candidates))
                        throw $TypeError(".cellmesh.v1.PlacementReceipt.candidates: array expected");
                    m.candidates = $Array(d.candidates.length);
                    for (var i = 0; i < d.candidates.length; ++i) {
                        if (!$util.isObject(d.candidates[i]))
                            throw $TypeError(".cellmesh.v1.PlacementReceipt.candidates: object expected");
                        m.candidates[i] = $root.cellmesh.v1.CandidateVerdict.fromObject(d.candidates[i], q + 1);
                    }
                }
                if (d.profile !== 0 && (typeof d.profile !== "string" || $root.cellmesh.v1.TaskProfile[d.profile] !== 0)) {
                    switch (d.profile) {
                    case "TASK_PROFILE_UNSPECIFIED":
                    case 0:
                        m.profile = 0;
                        break;
                    case "TASK_PROFILE_LATENCY_SENSITIVE":
                    case 1:
                        m.profile = 1;
                        break;
                    case "TASK_PROFILE_THROUGHPUT":
                    case 2:
                        m.profile = 2;
                        break;
                    case "TASK_PROFILE_BATCH":
                    case 3:
                        m.profile = 3;
                        break;
                    default:
                        if (typeof d.profile === "number" && (d.profile | 0) === d.profile)
                            m.profile = d.profile;
                    }
                }
                if (d.decidedAtMs != null) {
                    if (typeof d.decidedAtMs === "object" ? d.decidedAtMs.low || d.decidedAtMs.high : $Number(d.decidedAtMs) !== 0) {
                        if ($util.Long)
                            m.decidedAtMs = $util.Long.fromValue(d.decidedAtMs, false);
                        else if (typeof d.decidedAtMs === "string")
                            m.decidedAtMs = $parseInt(d.decidedAtMs, 10);
                        else if (typeof d.decidedAtMs === "number")
                            m.decidedAtMs = d.decidedAtMs;
                        else if (typeof d.decidedAtMs === "object")
                            m.decidedAtMs = new $util.LongBits(d.decidedAtMs.low >>> 0, d.decidedAtMs.high >>> 0).toNumber();
                    }
                }
                if (d.decisionLatencyMs != null) {
                    if (!$Object.is($Number(d.decisionLatencyMs), 0)) {
                        m.decisionLatencyMs = $Number(d.decisionLatencyMs);
                    }
                }
                if (d.schedulerNode != null) {
                    if (typeof d.schedulerNode !== "string" || d.schedulerNode.length) {
                        m.schedulerNode = $String(d.schedulerNode);
                    }
                }
                if (d.fencing != null) {
                    if (!$util.isObject(d.fencing))
                        throw $TypeError(".cellmesh.v1.PlacementReceipt.fencing: object expected");
                    m.fencing = $root.cellmesh.v1.FencingToken.fromObject(d.fencing, q + 1);
                }
                if (d.attempt != null) {
                    if ($Number(d.attempt) !== 0) {
                        m.attempt = d.attempt >>> 0;
                    }
                }
                if (d.traceId != null) {
                    if (typeof d.traceId !== "string" || d.traceId.length) {
                        m.traceId = $String(d.traceId);
                    }
                }
                if (d.candidatesOmitted != null) {
                    if ($Number(d.candidatesOmitted) !== 0) {
                        m.candidatesOmitted = d.candidatesOmitted >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PlacementReceipt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.PlacementReceipt
             * @static
             * @param {cellmesh.v1.PlacementReceipt} m PlacementReceipt
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlacementReceipt.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.candidates = [];
                }
                if (o.defaults) {
                    d.scope = null;
                    d.outcome = o.enums === $String ? "PLACEMENT_OUTCOME_UNSPECIFIED" : 0;
                    d.chosenNode = "";
                    d.gpuIndex = 0;
                    d.rule = "";
                    d.rejectReason = "";
                    d.profile = o.enums === $String ? "TASK_PROFILE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.decidedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.decidedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.decisionLatencyMs = 0;
                    d.schedulerNode = "";
                    d.fencing = null;
                    d.attempt = 0;
                    d.traceId = "";
                    d.candidatesOmitted = 0;
                }
                if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                    d.scope = $root.cellmesh.v1.Scope.toObject(m.scope, o, q + 1);
                }
                if (m.outcome != null && $Object.hasOwnProperty.call(m, "outcome")) {
                    d.outcome = o.enums === $String ? $root.cellmesh.v1.PlacementOutcome[m.outcome] === $undefined ? m.outcome : $root.cellmesh.v1.PlacementOutcome[m.outcome] : m.outcome;
                }
                if (m.chosenNode != null && $Object.hasOwnProperty.call(m, "chosenNode")) {
                    d.chosenNode = m.chosenNode;
                }
                if (m.gpuIndex != null && $Object.hasOwnProperty.call(m, "gpuIndex")) {
                    d.gpuIndex = m.gpuIndex;
                }
                if (m.rule != null && $Object.hasOwnProperty.call(m, "rule")) {
                    d.rule = m.rule;
                }
                if (m.rejectReason != null && $Object.hasOwnProperty.call(m, "rejectReason")) {
                    d.rejectReason = m.rejectReason;
                }
                if (m.candidates && m.candidates.length) {
                    d.candidates = $Array(m.candidates.length);
                    for (var j = 0; j < m.candidates.length; ++j) {
                        d.candidates[j] = $root.cellmesh.v1.CandidateVerdict.toObject(m.candidates[j], o, q + 1);
                    }
                }
                if (m.profile != null && $Object.hasOwnProperty.call(m, "profile")) {
                    d.profile = o.enums === $String ? $root.cellmesh.v1.TaskProfile[m.profile] === $undefined ? m.profile : $root.cellmesh.v1.TaskProfile[m.profile] : m.profile;
                }
                if (m.decidedAtMs != null && $Object.hasOwnProperty.call(m, "decidedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.decidedAtMs = typeof m.decidedAtMs === "number" ? $BigInt(m.decidedAtMs) : $util.Long.fromBits(m.decidedAtMs.low >>> 0, m.decidedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.decidedAtMs === "number")
                        d.decidedAtMs = o.longs === $String ? $String(m.decidedAtMs) : m.decidedAtMs;
                    else
                        d.decidedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.decidedAtMs) : o.longs === $Number ? new $util.LongBits(m.decidedAtMs.low >>> 0, m.decidedAtMs.high >>> 0).toNumber() : m.decidedAtMs;
                }
                if (m.decisionLatencyMs != null && $Object.hasOwnProperty.call(m, "decisionLatencyMs")) {
                    d.decisionLatencyMs = o.json && !$isFinite(m.decisionLatencyMs) ? $String(m.decisionLatencyMs) : m.decisionLatencyMs;
                }
                if (m.schedulerNode != null && $Object.hasOwnProperty.call(m, "schedulerNode")) {
                    d.schedulerNode = m.schedulerNode;
                }
                if (m.fencing != null && $Object.hasOwnProperty.call(m, "fencing")) {
                    d.fencing = $root.cellmesh.v1.FencingToken.toObject(m.fencing, o, q + 1);
                }
                if (m.attempt != null && $Object.hasOwnProperty.call(m, "attempt")) {
                    d.attempt = m.attempt;
                }
                if (m.traceId != null && $Object.hasOwnProperty.call(m, "traceId")) {
                    d.traceId = m.traceId;
                }
                if (m.candidatesOmitted != null && $Object.hasOwnProperty.call(m, "candidatesOmitted")) {
                    d.candidatesOmitted = m.candidatesOmitted;
                }
                return d;
            };

            /**
             * Converts this PlacementReceipt to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.PlacementReceipt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlacementReceipt.prototype.toJSON = function() {
                return PlacementReceipt.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlacementReceipt
             * @function getTypeUrl
             * @memberof cellmesh.v1.PlacementReceipt
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlacementReceipt.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.PlacementReceipt";
            };

            return PlacementReceipt;
        })();

        v1.SubmitAck = (function() {

            /**
             * Properties of a SubmitAck.
             * @typedef {Object} cellmesh.v1.SubmitAck.$Properties
             * @property {string|null} [taskId] SubmitAck taskId
             * @property {boolean|null} [accepted] SubmitAck accepted
             * @property {cellmesh.v1.PlacementReceipt.$Properties|null} [receipt] SubmitAck receipt
             * @property {string|null} [error] SubmitAck error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubmitAck.
             * @memberof cellmesh.v1
             * @interface ISubmitAck
             * @augments cellmesh.v1.SubmitAck.$Properties
             * @deprecated Use cellmesh.v1.SubmitAck.$Properties instead.
             */

            /**
             * Shape of a SubmitAck.
             * @typedef {cellmesh.v1.SubmitAck.$Properties} cellmesh.v1.SubmitAck.$Shape
             */

            /**
             * Constructs a new SubmitAck.
             * @memberof cellmesh.v1
             * @classdesc Represents a SubmitAck.
             * @constructor
             * @param {cellmesh.v1.SubmitAck.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SubmitAck = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SubmitAck taskId.
             * @member {string} taskId
             * @memberof cellmesh.v1.SubmitAck
             * @instance
             */
            SubmitAck.prototype.taskId = "";

            /**
             * SubmitAck accepted.
             * @member {boolean} accepted
             * @memberof cellmesh.v1.SubmitAck
             * @instance
             */
            SubmitAck.prototype.accepted = false;

            /**
             * SubmitAck receipt.
             * @member {cellmesh.v1.PlacementReceipt.$Properties|null|undefined} receipt
             * @memberof cellmesh.v1.SubmitAck
             * @instance
             */
            SubmitAck.prototype.receipt = null;

            /**
             * SubmitAck error.
             * @member {string} error
             * @memberof cellmesh.v1.SubmitAck
             * @instance
             */
            SubmitAck.prototype.error = "";

            /**
             * Creates a new SubmitAck instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.SubmitAck
             * @static
             * @param {cellmesh.v1.SubmitAck.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.SubmitAck} SubmitAck instance
             * @type {{
             *   (properties: cellmesh.v1.SubmitAck.$Shape): cellmesh.v1.SubmitAck & cellmesh.v1.SubmitAck.$Shape;
             *   (properties?: cellmesh.v1.SubmitAck.$Properties): cellmesh.v1.SubmitAck;
             * }}
             */
            SubmitAck.create = function(properties) {
                return new SubmitAck(properties);
            };

            /**
             * Encodes the specified SubmitAck message. Does not implicitly {@link cellmesh.v1.SubmitAck.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.SubmitAck
             * @static
             * @param {cellmesh.v1.SubmitAck.$Properties} m SubmitAck message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitAck.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId") && m.taskId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.taskId);
                if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted") && m.accepted !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.accepted);
                if (m.receipt != null && $Object.hasOwnProperty.call(m, "receipt"))
                    $root.cellmesh.v1.PlacementReceipt.encode(m.receipt, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.error);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SubmitAck message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.SubmitAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.SubmitAck & cellmesh.v1.SubmitAck.$Shape} SubmitAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitAck.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.SubmitAck();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.taskId = v;
                            else
                                delete m.taskId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.accepted = v;
                            else
                                delete m.accepted;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.receipt = $root.cellmesh.v1.PlacementReceipt.decode(r, r.size(), $undefined, q + 1, m.receipt);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.error = v;
                            else
                                delete m.error;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a SubmitAck message.
             * @function verify
             * @memberof cellmesh.v1.SubmitAck
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubmitAck.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId")) {
                    if (!$util.isString(m.taskId))
                        return "taskId: string expected";
                }
                if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted")) {
                    if (typeof m.accepted !== "boolean")
                        return "accepted: boolean expected";
                }
                if (m.receipt != null && $Object.hasOwnProperty.call(m, "receipt")) {
                    {
                        var e = $root.cellmesh.v1.PlacementReceipt.verify(m.receipt, q + 1);
                        if (e)
                            return "receipt." + e;
                    }
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    if (!$util.isString(m.error))
                        return "error: string expected";
                }
                return null;
            };

            /**
             * Creates a SubmitAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.SubmitAck
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.SubmitAck} SubmitAck
             */
            SubmitAck.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.SubmitAck)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.SubmitAck: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.SubmitAck();
                if (d.taskId != null) {
                    if (typeof d.taskId !== "string" || d.taskId.length) {
                        m.taskId = $String(d.taskId);
                    }
                }
                if (d.accepted != null) {
                    if (d.accepted) {
                        m.accepted = $Boolean(d.accepted);
                    }
                }
                if (d.receipt != null) {
                    if (!$util.isObject(d.receipt))
                        throw $TypeError(".cellmesh.v1.SubmitAck.receipt: object expected");
                    m.receipt = $root.cellmesh.v1.PlacementReceipt.fromObject(d.receipt, q + 1);
                }
                if (d.error != null) {
                    if (typeof d.error !== "string" || d.error.length) {
                        m.error = $String(d.error);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SubmitAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.SubmitAck
             * @static
             * @param {cellmesh.v1.SubmitAck} m SubmitAck
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubmitAck.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.taskId = "";
                    d.accepted = false;
                    d.receipt = null;
                    d.error = "";
                }
                if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId")) {
                    d.taskId = m.taskId;
                }
                if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted")) {
                    d.accepted = m.accepted;
                }
                if (m.receipt != null && $Object.hasOwnProperty.call(m, "receipt")) {
                    d.receipt = $root.cellmesh.v1.PlacementReceipt.toObject(m.receipt, o, q + 1);
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = m.error;
                }
                return d;
            };

            /**
             * Converts this SubmitAck to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.SubmitAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubmitAck.prototype.toJSON = function() {
                return SubmitAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubmitAck
             * @function getTypeUrl
             * @memberof cellmesh.v1.SubmitAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubmitAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.SubmitAck";
            };

            return SubmitAck;
        })();

        v1.NetCoord = (function() {

            /**
             * Properties of a NetCoord.
             * @typedef {Object} cellmesh.v1.NetCoord.$Properties
             * @property {Array.<number>|null} [vec] NetCoord vec
             * @property {number|null} [height] NetCoord height
             * @property {number|null} [error] NetCoord error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetCoord.
             * @memberof cellmesh.v1
             * @interface INetCoord
             * @augments cellmesh.v1.NetCoord.$Properties
             * @deprecated Use cellmesh.v1.NetCoord.$Properties instead.
             */

            /**
             * Shape of a NetCoord.
             * @typedef {cellmesh.v1.NetCoord.$Properties} cellmesh.v1.NetCoord.$Shape
             */

            /**
             * Constructs a new NetCoord.
             * @memberof cellmesh.v1
             * @classdesc Represents a NetCoord.
             * @constructor
             * @param {cellmesh.v1.NetCoord.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var NetCoord = function (p) {
                this.vec = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NetCoord vec.
             * @member {Array.<number>} vec
             * @memberof cellmesh.v1.NetCoord
             * @instance
             */
            NetCoord.prototype.vec = $util.emptyArray;

            /**
             * NetCoord height.
             * @member {number} height
             * @memberof cellmesh.v1.NetCoord
             * @instance
             */
            NetCoord.prototype.height = 0;

            /**
             * NetCoord error.
             * @member {number} error
             * @memberof cellmesh.v1.NetCoord
             * @instance
             */
            NetCoord.prototype.error = 0;

            /**
             * Creates a new NetCoord instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.NetCoord
             * @static
             * @param {cellmesh.v1.NetCoord.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.NetCoord} NetCoord instance
             * @type {{
             *   (properties: cellmesh.v1.NetCoord.$Shape): cellmesh.v1.NetCoord & cellmesh.v1.NetCoord.$Shape;
             *   (properties?: cellmesh.v1.NetCoord.$Properties): cellmesh.v1.NetCoord;
             * }}
             */
            NetCoord.create = function(properties) {
                return new NetCoord(properties);
            };

            /**
             * Encodes the specified NetCoord message. Does not implicitly {@link cellmesh.v1.NetCoord.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.NetCoord
             * @static
             * @param {cellmesh.v1.NetCoord.$Properties} m NetCoord message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetCoord.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.vec != null && m.vec.length) {
                    w.uint32(/* id 1, wireType 2 =*/10).doubles(m.vec);
                }
                if (m.height != null && $Object.hasOwnProperty.call(m, "height") && !$Object.is(m.height, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.height);
                if (m.error != null && $Object.hasOwnProperty.call(m, "error") && !$Object.is(m.error, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.error);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a NetCoord message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.NetCoord
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.NetCoord & cellmesh.v1.NetCoord.$Shape} NetCoord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetCoord.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.NetCoord();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u === 2) {
                                if (!(m.vec && m.vec.length))
                                    m.vec = [];
                                r.doubles(m.vec);
                                continue;
                            }
                            if (u !== 1)
                                break;
                            if (!(m.vec && m.vec.length))
                                m.vec = [];
                            m.vec.push(r.double());
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.height = v;
                            else
                                delete m.height;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.error = v;
                            else
                                delete m.error;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a NetCoord message.
             * @function verify
             * @memberof cellmesh.v1.NetCoord
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NetCoord.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.vec != null && $Object.hasOwnProperty.call(m, "vec")) {
                    if (!$Array.isArray(m.vec))
                        return "vec: array expected";
                    for (var i = 0; i < m.vec.length; ++i) {
                        if (typeof m.vec[i] !== "number")
                            return "vec: number[] expected";
                    }
                }
                if (m.height != null && $Object.hasOwnProperty.call(m, "height")) {
                    if (typeof m.height !== "number")
                        return "height: number expected";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    if (typeof m.error !== "number")
                        return "error: number expected";
                }
                return null;
            };

            /**
             * Creates a NetCoord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.NetCoord
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.NetCoord} NetCoord
             */
            NetCoord.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.NetCoord)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.NetCoord: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.NetCoord();
                if (d.vec) {
                    if (!$Array.isArray(d.vec))
                        throw $TypeError(".cellmesh.v1.NetCoord.vec: array expected");
                    m.vec = $Array(d.vec.length);
                    for (var i = 0; i < d.vec.length; ++i) {
                        m.vec[i] = $Number(d.vec[i]);
                    }
                }
                if (d.height != null) {
                    if (!$Object.is($Number(d.height), 0)) {
                        m.height = $Number(d.height);
                    }
                }
                if (d.error != null) {
                    if (!$Object.is($Number(d.error), 0)) {
                        m.error = $Number(d.error);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NetCoord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.NetCoord
             * @static
             * @param {cellmesh.v1.NetCoord} m NetCoord
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetCoord.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.vec = [];
                }
                if (o.defaults) {
                    d.height = 0;
                    d.error = 0;
                }
                if (m.vec && m.vec.length) {
                    d.vec = $Array(m.vec.length);
                    for (var j = 0; j < m.vec.length; ++j) {
                        d.vec[j] = o.json && !$isFinite(m.vec[j]) ? $String(m.vec[j]) : m.vec[j];
                    }
                }
                if (m.height != null && $Object.hasOwnProperty.call(m, "height")) {
                    d.height = o.json && !$isFinite(m.height) ? $String(m.height) : m.height;
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = o.json && !$isFinite(m.error) ? $String(m.error) : m.error;
                }
                return d;
            };

            /**
             * Converts this NetCoord to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.NetCoord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetCoord.prototype.toJSON = function() {
                return NetCoord.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NetCoord
             * @function getTypeUrl
             * @memberof cellmesh.v1.NetCoord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NetCoord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.NetCoord";
            };

            return NetCoord;
        })();

        v1.GpuDevice = (function() {

            /**
             * Properties of a GpuDevice.
             * @typedef {Object} cellmesh.v1.GpuDevice.$Properties
             * @property {number|null} [index] GpuDevice index
             * @property {string|null} [uuid] GpuDevice uuid
             * @property {string|null} [name] GpuDevice name
             * @property {number|null} [memoryTotalMib] GpuDevice memoryTotalMib
             * @property {number|null} [memoryUsedMib] GpuDevice memoryUsedMib
             * @property {number|null} [utilizationPct] GpuDevice utilizationPct
             * @property {boolean|null} [emulated] GpuDevice emulated
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GpuDevice.
             * @memberof cellmesh.v1
             * @interface IGpuDevice
             * @augments cellmesh.v1.GpuDevice.$Properties
             * @deprecated Use cellmesh.v1.GpuDevice.$Properties instead.
             */

            /**
             * Shape of a GpuDevice.
             * @typedef {cellmesh.v1.GpuDevice.$Properties} cellmesh.v1.GpuDevice.$Shape
             */

            /**
             * Constructs a new GpuDevice.
             * @memberof cellmesh.v1
             * @classdesc Represents a GpuDevice.
             * @constructor
             * @param {cellmesh.v1.GpuDevice.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var GpuDevice = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * GpuDevice index.
             * @member {number} index
             * @memberof cellmesh.v1.GpuDevice
             * @instance
             */
            GpuDevice.prototype.index = 0;

            /**
             * GpuDevice uuid.
             * @member {string} uuid
             * @memberof cellmesh.v1.GpuDevice
             * @instance
             */
            GpuDevice.prototype.uuid = "";

            /**
             * GpuDevice name.
             * @member {string} name
             * @memberof cellmesh.v1.GpuDevice
             * @instance
             */
            GpuDevice.prototype.name = "";

            /**
             * GpuDevice memoryTotalMib.
             * @member {number} memoryTotalMib
             * @memberof cellmesh.v1.GpuDevice
             * @instance
             */
            GpuDevice.prototype.memoryTotalMib = 0;

            /**
             * GpuDevice memoryUsedMib.
             * @member {number} memoryUsedMib
             * @memberof cellmesh.v1.GpuDevice
             * @instance
             */
            GpuDevice.prototype.memoryUsedMib = 0;

            /**
             * GpuDevice utilizationPct.
             * @member {number} utilizationPct
             * @memberof cellmesh.v1.GpuDevice
             * @instance
             */
            GpuDevice.prototype.utilizationPct = 0;

            /**
             * GpuDevice emulated.
             * @member {boolean} emulated
             * @memberof cellmesh.v1.GpuDevice
             * @instance
             */
            GpuDevice.prototype.emulated = false;

            /**
             * Creates a new GpuDevice instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.GpuDevice
             * @static
             * @param {cellmesh.v1.GpuDevice.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.GpuDevice} GpuDevice instance
             * @type {{
             *   (properties: cellmesh.v1.GpuDevice.$Shape): cellmesh.v1.GpuDevice & cellmesh.v1.GpuDevice.$Shape;
             *   (properties?: cellmesh.v1.GpuDevice.$Properties): cellmesh.v1.GpuDevice;
             * }}
             */
            GpuDevice.create = function(properties) {
                return new GpuDevice(properties);
            };

            /**
             * Encodes the specified GpuDevice message. Does not implicitly {@link cellmesh.v1.GpuDevice.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.GpuDevice
             * @static
             * @param {cellmesh.v1.GpuDevice.$Properties} m GpuDevice message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GpuDevice.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.index != null && $Object.hasOwnProperty.call(m, "index") && m.index !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.index);
                if (m.uuid != null && $Object.hasOwnProperty.call(m, "uuid") && m.uuid !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.uuid);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.name);
                if (m.memoryTotalMib != null && $Object.hasOwnProperty.call(m, "memoryTotalMib") && m.memoryTotalMib !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.memoryTotalMib);
                if (m.memoryUsedMib != null && $Object.hasOwnProperty.call(m, "memoryUsedMib") && m.memoryUsedMib !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.memoryUsedMib);
                if (m.utilizationPct != null && $Object.hasOwnProperty.call(m, "utilizationPct") && m.utilizationPct !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.utilizationPct);
                if (m.emulated != null && $Object.hasOwnProperty.call(m, "emulated") && m.emulated !== false)
                    w.uint32(/* id 7, wireType 0 =*/56).bool(m.emulated);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a GpuDevice message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.GpuDevice
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.GpuDevice & cellmesh.v1.GpuDevice.$Shape} GpuDevice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GpuDevice.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.GpuDevice();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.index = v;
                            else
                                delete m.index;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.uuid = v;
                            else
                                delete m.uuid;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.memoryTotalMib = v;
                            else
                                delete m.memoryTotalMib;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.memoryUsedMib = v;
                            else
                                delete m.memoryUsedMib;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.utilizationPct = v;
                            else
                                delete m.utilizationPct;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.emulated = v;
                            else
                                delete m.emulated;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a GpuDevice message.
             * @function verify
             * @memberof cellmesh.v1.GpuDevice
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GpuDevice.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (!$util.isInteger(m.index))
                        return "index: integer expected";
                }
                if (m.uuid != null && $Object.hasOwnProperty.call(m, "uuid")) {
                    if (!$util.isString(m.uuid))
                        return "uuid: string expected";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.memoryTotalMib != null && $Object.hasOwnProperty.call(m, "memoryTotalMib")) {
                    if (!$util.isInteger(m.memoryTotalMib))
                        return "memoryTotalMib: integer expected";
                }
                if (m.memoryUsedMib != null && $Object.hasOwnProperty.call(m, "memoryUsedMib")) {
                    if (!$util.isInteger(m.memoryUsedMib))
                        return "memoryUsedMib: integer expected";
                }
                if (m.utilizationPct != null && $Object.hasOwnProperty.call(m, "utilizationPct")) {
                    if (!$util.isInteger(m.utilizationPct))
                        return "utilizationPct: integer expected";
                }
                if (m.emulated != null && $Object.hasOwnProperty.call(m, "emulated")) {
                    if (typeof m.emulated !== "boolean")
                        return "emulated: boolean expected";
                }
                return null;
            };

            /**
             * Creates a GpuDevice message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.GpuDevice
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.GpuDevice} GpuDevice
             */
            GpuDevice.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.GpuDevice)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.GpuDevice: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.GpuDevice();
                if (d.index != null) {
                    if ($Number(d.index) !== 0) {
                        m.index = d.index >>> 0;
                    }
                }
                if (d.uuid != null) {
                    if (typeof d.uuid !== "string" || d.uuid.length) {
                        m.uuid = $String(d.uuid);
                    }
                }
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.memoryTotalMib != null) {
                    if ($Number(d.memoryTotalMib) !== 0) {
                        m.memoryTotalMib = d.memoryTotalMib >>> 0;
                    }
                }
                if (d.memoryUsedMib != null) {
                    if ($Number(d.memoryUsedMib) !== 0) {
                        m.memoryUsedMib = d.memoryUsedMib >>> 0;
                    }
                }
                if (d.utilizationPct != null) {
                    if ($Number(d.utilizationPct) !== 0) {
                        m.utilizationPct = d.utilizationPct >>> 0;
                    }
                }
                if (d.emulated != null) {
                    if (d.emulated) {
                        m.emulated = $Boolean(d.emulated);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a GpuDevice message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.GpuDevice
             * @static
             * @param {cellmesh.v1.GpuDevice} m GpuDevice
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GpuDevice.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.index = 0;
                    d.uuid = "";
                    d.name = "";
                    d.memoryTotalMib = 0;
                    d.memoryUsedMib = 0;
                    d.utilizationPct = 0;
                    d.emulated = false;
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    d.index = m.index;
                }
                if (m.uuid != null && $Object.hasOwnProperty.call(m, "uuid")) {
                    d.uuid = m.uuid;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.memoryTotalMib != null && $Object.hasOwnProperty.call(m, "memoryTotalMib")) {
                    d.memoryTotalMib = m.memoryTotalMib;
                }
                if (m.memoryUsedMib != null && $Object.hasOwnProperty.call(m, "memoryUsedMib")) {
                    d.memoryUsedMib = m.memoryUsedMib;
                }
                if (m.utilizationPct != null && $Object.hasOwnProperty.call(m, "utilizationPct")) {
                    d.utilizationPct = m.utilizationPct;
                }
                if (m.emulated != null && $Object.hasOwnProperty.call(m, "emulated")) {
                    d.emulated = m.emulated;
                }
                return d;
            };

            /**
             * Converts this GpuDevice to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.GpuDevice
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GpuDevice.prototype.toJSON = function() {
                return GpuDevice.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GpuDevice
             * @function getTypeUrl
             * @memberof cellmesh.v1.GpuDevice
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GpuDevice.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.GpuDevice";
            };

            return GpuDevice;
        })();

        v1.DataStateUsage = (function() {

            /**
             * Properties of a DataStateUsage.
             * @typedef {Object} cellmesh.v1.DataStateUsage.$Properties
             * @property {number|null} [hotBytes] DataStateUsage hotBytes
             * @property {number|null} [warmBytes] DataStateUsage warmBytes
             * @property {number|null} [coldBytes] DataStateUsage coldBytes
             * @property {number|null} [commitBacklog] DataStateUsage commitBacklog
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DataStateUsage.
             * @memberof cellmesh.v1
             * @interface IDataStateUsage
             * @augments cellmesh.v1.DataStateUsage.$Properties
             * @deprecated Use cellmesh.v1.DataStateUsage.$Properties instead.
             */

            /**
             * Shape of a DataStateUsage.
             * @typedef {cellmesh.v1.DataStateUsage.$Properties} cellmesh.v1.DataStateUsage.$Shape
             */

            /**
             * Constructs a new DataStateUsage.
             * @memberof cellmesh.v1
             * @classdesc Represents a DataStateUsage.
             * @constructor
             * @param {cellmesh.v1.DataStateUsage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DataStateUsage = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DataStateUsage hotBytes.
             * @member {number} hotBytes
             * @memberof cellmesh.v1.DataStateUsage
             * @instance
             */
            DataStateUsage.prototype.hotBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DataStateUsage warmBytes.
             * @member {number} warmBytes
             * @memberof cellmesh.v1.DataStateUsage
             * @instance
             */
            DataStateUsage.prototype.warmBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DataStateUsage coldBytes.
             * @member {number} coldBytes
             * @memberof cellmesh.v1.DataStateUsage
             * @instance
             */
            DataStateUsage.prototype.coldBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DataStateUsage commitBacklog.
             * @member {number} commitBacklog
             * @memberof cellmesh.v1.DataStateUsage
             * @instance
             */
            DataStateUsage.prototype.commitBacklog = 0;

            /**
             * Creates a new DataStateUsage instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.DataStateUsage
             * @static
             * @param {cellmesh.v1.DataStateUsage.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.DataStateUsage} DataStateUsage instance
             * @type {{
             *   (properties: cellmesh.v1.DataStateUsage.$Shape): cellmesh.v1.DataStateUsage & cellmesh.v1.DataStateUsage.$Shape;
             *   (properties?: cellmesh.v1.DataStateUsage.$Properties): cellmesh.v1.DataStateUsage;
             * }}
             */
            DataStateUsage.create = function(properties) {
                return new DataStateUsage(properties);
            };

            /**
             * Encodes the specified DataStateUsage message. Does not implicitly {@link cellmesh.v1.DataStateUsage.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.DataStateUsage
             * @static
             * @param {cellmesh.v1.DataStateUsage.$Properties} m DataStateUsage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DataStateUsage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.hotBytes != null && $Object.hasOwnProperty.call(m, "hotBytes") && (typeof m.hotBytes === "object" ? m.hotBytes.low || m.hotBytes.high : m.hotBytes !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.hotBytes);
                if (m.warmBytes != null && $Object.hasOwnProperty.call(m, "warmBytes") && (typeof m.warmBytes === "object" ? m.warmBytes.low || m.warmBytes.high : m.warmBytes !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.warmBytes);
                if (m.coldBytes != null && $Object.hasOwnProperty.call(m, "coldBytes") && (typeof m.coldBytes === "object" ? m.coldBytes.low || m.coldBytes.high : m.coldBytes !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.coldBytes);
                if (m.commitBacklog != null && $Object.hasOwnProperty.call(m, "commitBacklog") && m.commitBacklog !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.commitBacklog);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DataStateUsage message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.DataStateUsage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.DataStateUsage & cellmesh.v1.DataStateUsage.$Shape} DataStateUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DataStateUsage.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.DataStateUsage();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.hotBytes = v;
                            else
                                delete m.hotBytes;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.warmBytes = v;
                            else
                                delete m.warmBytes;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.coldBytes = v;
                            else
                                delete m.coldBytes;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.commitBacklog = v;
                            else
                                delete m.commitBacklog;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a DataStateUsage message.
             * @function verify
             * @memberof cellmesh.v1.DataStateUsage
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DataStateUsage.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.hotBytes != null && $Object.hasOwnProperty.call(m, "hotBytes")) {
                    if (!$util.isInteger(m.hotBytes) && !(m.hotBytes && $util.isInteger(m.hotBytes.low) && $util.isInteger(m.hotBytes.high)))
                        return "hotBytes: integer|Long expected";
                }
                if (m.warmBytes != null && $Object.hasOwnProperty.call(m, "warmBytes")) {
                    if (!$util.isInteger(m.warmBytes) && !(m.warmBytes && $util.isInteger(m.warmBytes.low) && $util.isInteger(m.warmBytes.high)))
                        return "warmBytes: integer|Long expected";
                }
                if (m.coldBytes != null && $Object.hasOwnProperty.call(m, "coldBytes")) {
                    if (!$util.isInteger(m.coldBytes) && !(m.coldBytes && $util.isInteger(m.coldBytes.low) && $util.isInteger(m.coldBytes.high)))
                        return "coldBytes: integer|Long expected";
                }
                if (m.commitBacklog != null && $Object.hasOwnProperty.call(m, "commitBacklog")) {
                    if (!$util.isInteger(m.commitBacklog))
                        return "commitBacklog: integer expected";
                }
                return null;
            };

            /**
             * Creates a DataStateUsage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.DataStateUsage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.DataStateUsage} DataStateUsage
             */
            DataStateUsage.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.DataStateUsage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.DataStateUsage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.DataStateUsage();
                if (d.hotBytes != null) {
                    if (typeof d.hotBytes === "object" ? d.hotBytes.low || d.hotBytes.high : $Number(d.hotBytes) !== 0) {
                        if ($util.Long)
                            m.hotBytes = $util.Long.fromValue(d.hotBytes, true);
                        else if (typeof d.hotBytes === "string")
                            m.hotBytes = $parseInt(d.hotBytes, 10);
                        else if (typeof d.hotBytes === "number")
                            m.hotBytes = d.hotBytes;
                        else if (typeof d.hotBytes === "object")
                            m.hotBytes = new $util.LongBits(d.hotBytes.low >>> 0, d.hotBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.warmBytes != null) {
                    if (typeof d.warmBytes === "object" ? d.warmBytes.low || d.warmBytes.high : $Number(d.warmBytes) !== 0) {
                        if ($util.Long)
                            m.warmBytes = $util.Long.fromValue(d.warmBytes, true);
                        else if (typeof d.warmBytes === "string")
                            m.warmBytes = $parseInt(d.warmBytes, 10);
                        else if (typeof d.warmBytes === "number")
                            m.warmBytes = d.warmBytes;
                        else if (typeof d.warmBytes === "object")
                            m.warmBytes = new $util.LongBits(d.warmBytes.low >>> 0, d.warmBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.coldBytes != null) {
                    if (typeof d.coldBytes === "object" ? d.coldBytes.low || d.coldBytes.high : $Number(d.coldBytes) !== 0) {
                        if ($util.Long)
                            m.coldBytes = $util.Long.fromValue(d.coldBytes, true);
                        else if (typeof d.coldBytes === "string")
                            m.coldBytes = $parseInt(d.coldBytes, 10);
                        else if (typeof d.coldBytes === "number")
                            m.coldBytes = d.coldBytes;
                        else if (typeof d.coldBytes === "object")
                            m.coldBytes = new $util.LongBits(d.coldBytes.low >>> 0, d.coldBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.commitBacklog != null) {
                    if ($Number(d.commitBacklog) !== 0) {
                        m.commitBacklog = d.commitBacklog >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DataStateUsage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.DataStateUsage
             * @static
             * @param {cellmesh.v1.DataStateUsage} m DataStateUsage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DataStateUsage.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.hotBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.hotBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.warmBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.warmBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.coldBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.coldBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.commitBacklog = 0;
                }
                if (m.hotBytes != null && $Object.hasOwnProperty.call(m, "hotBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.hotBytes = typeof m.hotBytes === "number" ? $BigInt(m.hotBytes) : $util.Long.fromBits(m.hotBytes.low >>> 0, m.hotBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.hotBytes === "number")
                        d.hotBytes = o.longs === $String ? $String(m.hotBytes) : m.hotBytes;
                    else
                        d.hotBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.hotBytes) : o.longs === $Number ? new $util.LongBits(m.hotBytes.low >>> 0, m.hotBytes.high >>> 0).toNumber(true) : m.hotBytes;
                }
                if (m.warmBytes != null && $Object.hasOwnProperty.call(m, "warmBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.warmBytes = typeof m.warmBytes === "number" ? $BigInt(m.warmBytes) : $util.Long.fromBits(m.warmBytes.low >>> 0, m.warmBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.warmBytes === "number")
                        d.warmBytes = o.longs === $String ? $String(m.warmBytes) : m.warmBytes;
                    else
                        d.warmBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.warmBytes) : o.longs === $Number ? new $util.LongBits(m.warmBytes.low >>> 0, m.warmBytes.high >>> 0).toNumber(true) : m.warmBytes;
                }
                if (m.coldBytes != null && $Object.hasOwnProperty.call(m, "coldBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.coldBytes = typeof m.coldBytes === "number" ? $BigInt(m.coldBytes) : $util.Long.fromBits(m.coldBytes.low >>> 0, m.coldBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.coldBytes === "number")
                        d.coldBytes = o.longs === $String ? $String(m.coldBytes) : m.coldBytes;
                    else
                        d.coldBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.coldBytes) : o.longs === $Number ? new $util.LongBits(m.coldBytes.low >>> 0, m.coldBytes.high >>> 0).toNumber(true) : m.coldBytes;
                }
                if (m.commitBacklog != null && $Object.hasOwnProperty.call(m, "commitBacklog")) {
                    d.commitBacklog = m.commitBacklog;
                }
                return d;
            };

            /**
             * Converts this DataStateUsage to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.DataStateUsage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DataStateUsage.prototype.toJSON = function() {
                return DataStateUsage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DataStateUsage
             * @function getTypeUrl
             * @memberof cellmesh.v1.DataStateUsage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DataStateUsage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.DataStateUsage";
            };

            return DataStateUsage;
        })();

        v1.NodeMetrics = (function() {

            /**
             * Properties of a NodeMetrics.
             * @typedef {Object} cellmesh.v1.NodeMetrics.$Properties
             * @property {string|null} [nodeId] NodeMetrics nodeId
             * @property {string|null} [site] NodeMetrics site
             * @property {number|null} [sampledAtMs] NodeMetrics sampledAtMs
             * @property {number|null} [cpuCores] NodeMetrics cpuCores
             * @property {number|null} [cpuLoadPct] NodeMetrics cpuLoadPct
             * @property {number|null} [memTotalBytes] NodeMetrics memTotalBytes
             * @property {number|null} [memUsedBytes] NodeMetrics memUsedBytes
             * @property {number|null} [queueDepth] NodeMetrics queueDepth
             * @property {number|null} [runningTasks] NodeMetrics runningTasks
             * @property {Array.<cellmesh.v1.GpuDevice.$Properties>|null} [gpus] NodeMetrics gpus
             * @property {cellmesh.v1.DataStateUsage.$Properties|null} [datastate] NodeMetrics datastate
             * @property {cellmesh.v1.NetCoord.$Properties|null} [coord] NodeMetrics coord
             * @property {boolean|null} [draining] NodeMetrics draining
             * @property {number|null} [uplinkMbps] NodeMetrics uplinkMbps
             * @property {number|null} [relayLoad] NodeMetrics relayLoad
             * @property {string|null} [clusterId] NodeMetrics clusterId
             * @property {boolean|null} [emulated] NodeMetrics emulated
             * @property {number|null} [startedAtMs] NodeMetrics startedAtMs
             * @property {number|null} [netRxBytesPerS] NodeMetrics netRxBytesPerS
             * @property {number|null} [netTxBytesPerS] NodeMetrics netTxBytesPerS
             * @property {number|null} [uplinkBytesPerS] NodeMetrics uplinkBytesPerS
             * @property {number|null} [downlinkBytesPerS] NodeMetrics downlinkBytesPerS
             * @property {number|null} [downlinkMbps] NodeMetrics downlinkMbps
             * @property {number|null} [uplinkSaturation] NodeMetrics uplinkSaturation
             * @property {number|null} [downlinkSaturation] NodeMetrics downlinkSaturation
             * @property {number|null} [relayBytesPerS] NodeMetrics relayBytesPerS
             * @property {string|null} [role] NodeMetrics role
             * @property {boolean|null} [refusesIsolatedCompute] NodeMetrics refusesIsolatedCompute
             * @property {number|null} [relayMsgsPerS] NodeMetrics relayMsgsPerS
             * @property {number|null} [snapshotIntervalMs] NodeMetrics snapshotIntervalMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeMetrics.
             * @memberof cellmesh.v1
             * @interface INodeMetrics
             * @augments cellmesh.v1.NodeMetrics.$Properties
             * @deprecated Use cellmesh.v1.NodeMetrics.$Properties instead.
             */

            /**
             * Shape of a NodeMetrics.
             * @typedef {cellmesh.v1.NodeMetrics.$Properties} cellmesh.v1.NodeMetrics.$Shape
             */

            /**
             * Constructs a new NodeMetrics.
             * @memberof cellmesh.v1
             * @classdesc Represents a NodeMetrics.
             * @constructor
             * @param {cellmesh.v1.NodeMetrics.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var NodeMetrics = function (p) {
                this.gpus = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NodeMetrics nodeId.
             * @member {string} nodeId
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.nodeId = "";

            /**
             * NodeMetrics site.
             * @member {string} site
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.site = "";

            /**
             * NodeMetrics sampledAtMs.
             * @member {number} sampledAtMs
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.sampledAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * NodeMetrics cpuCores.
             * @member {number} cpuCores
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.cpuCores = 0;

            /**
             * NodeMetrics cpuLoadPct.
             * @member {number} cpuLoadPct
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.cpuLoadPct = 0;

            /**
             * NodeMetrics memTotalBytes.
             * @member {number} memTotalBytes
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.memTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeMetrics memUsedBytes.
             * @member {number} memUsedBytes
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.memUsedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeMetrics queueDepth.
             * @member {number} queueDepth
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.queueDepth = 0;

            /**
             * NodeMetrics runningTasks.
             * @member {number} runningTasks
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.runningTasks = 0;

            /**
             * NodeMetrics gpus.
             * @member {Array.<cellmesh.v1.GpuDevice.$Properties>} gpus
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.gpus = $util.emptyArray;

            /**
             * NodeMetrics datastate.
             * @member {cellmesh.v1.DataStateUsage.$Properties|null|undefined} datastate
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.datastate = null;

            /**
             * NodeMetrics coord.
             * @member {cellmesh.v1.NetCoord.$Properties|null|undefined} coord
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.coord = null;

            /**
             * NodeMetrics draining.
             * @member {boolean} draining
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.draining = false;

            /**
             * NodeMetrics uplinkMbps.
             * @member {number} uplinkMbps
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.uplinkMbps = 0;

            /**
             * NodeMetrics relayLoad.
             * @member {number} relayLoad
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.relayLoad = 0;

            /**
             * NodeMetrics clusterId.
             * @member {string} clusterId
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.clusterId = "";

            /**
             * NodeMetrics emulated.
             * @member {boolean} emulated
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.emulated = false;

            /**
             * NodeMetrics startedAtMs.
             * @member {number} startedAtMs
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * NodeMetrics netRxBytesPerS.
             * @member {number} netRxBytesPerS
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.netRxBytesPerS = 0;

            /**
             * NodeMetrics netTxBytesPerS.
             * @member {number} netTxBytesPerS
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.netTxBytesPerS = 0;

            /**
             * NodeMetrics uplinkBytesPerS.
             * @member {number} uplinkBytesPerS
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.uplinkBytesPerS = 0;

            /**
             * NodeMetrics downlinkBytesPerS.
             * @member {number} downlinkBytesPerS
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.downlinkBytesPerS = 0;

            /**
             * NodeMetrics downlinkMbps.
             * @member {number} downlinkMbps
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.downlinkMbps = 0;

            /**
             * NodeMetrics uplinkSaturation.
             * @member {number} uplinkSaturation
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.uplinkSaturation = 0;

            /**
             * NodeMetrics downlinkSaturation.
             * @member {number} downlinkSaturation
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.downlinkSaturation = 0;

            /**
             * NodeMetrics relayBytesPerS.
             * @member {number} relayBytesPerS
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.relayBytesPerS = 0;

            /**
             * NodeMetrics role.
             * @member {string} role
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.role = "";

            /**
             * NodeMetrics refusesIsolatedCompute.
             * @member {boolean} refusesIsolatedCompute
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.refusesIsolatedCompute = false;

            /**
             * NodeMetrics relayMsgsPerS.
             * @member {number} relayMsgsPerS
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.relayMsgsPerS = 0;

            /**
             * NodeMetrics snapshotIntervalMs.
             * @member {number} snapshotIntervalMs
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             */
            NodeMetrics.prototype.snapshotIntervalMs = 0;

            /**
             * Creates a new NodeMetrics instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.NodeMetrics
             * @static
             * @param {cellmesh.v1.NodeMetrics.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.NodeMetrics} NodeMetrics instance
             * @type {{
             *   (properties: cellmesh.v1.NodeMetrics.$Shape): cellmesh.v1.NodeMetrics & cellmesh.v1.NodeMetrics.$Shape;
             *   (properties?: cellmesh.v1.NodeMetrics.$Properties): cellmesh.v1.NodeMetrics;
             * }}
             */
            NodeMetrics.create = function(properties) {
                return new NodeMetrics(properties);
            };

            /**
             * Encodes the specified NodeMetrics message. Does not implicitly {@link cellmesh.v1.NodeMetrics.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.NodeMetrics
             * @static
             * @param {cellmesh.v1.NodeMetrics.$Properties} m NodeMetrics message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeMetrics.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
                if (m.site != null && $Object.hasOwnProperty.call(m, "site") && m.site !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.site);
                if (m.sampledAtMs != null && $Object.hasOwnProperty.call(m, "sampledAtMs") && (typeof m.sampledAtMs === "object" ? m.sampledAtMs.low || m.sampledAtMs.high : m.sampledAtMs !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.sampledAtMs);
                if (m.cpuCores != null && $Object.hasOwnProperty.call(m, "cpuCores") && m.cpuCores !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.cpuCores);
                if (m.cpuLoadPct != null && $Object.hasOwnProperty.call(m, "cpuLoadPct") && !$Object.is(m.cpuLoadPct, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.cpuLoadPct);
                if (m.memTotalBytes != null && $Object.hasOwnProperty.call(m, "memTotalBytes") && (typeof m.memTotalBytes === "object" ? m.memTotalBytes.low || m.memTotalBytes.high : m.memTotalBytes !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.memTotalBytes);
                if (m.memUsedBytes != null && $Object.hasOwnProperty.call(m, "memUsedBytes") && (typeof m.memUsedBytes === "object" ? m.memUsedBytes.low || m.memUsedBytes.high : m.memUsedBytes !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).uint64(m.memUsedBytes);
                if (m.queueDepth != null && $Object.hasOwnProperty.call(m, "queueDepth") && m.queueDepth !== 0)
                    w.uint32(/* id 8, wireType 0 =*/64).uint32(m.queueDepth);
                if (m.runningTasks != null && $Object.hasOwnProperty.call(m, "runningTasks") && m.runningTasks !== 0)
                    w.uint32(/* id 9, wireType 0 =*/72).uint32(m.runningTasks);
                if (m.gpus != null && m.gpus.length) {
                    for (var i = 0; i < m.gpus.length; ++i)
                        $root.cellmesh.v1.GpuDevice.encode(m.gpus[i], w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                }
                if (m.datastate != null && $Object.hasOwnProperty.call(m, "datastate"))
                    $root.cellmesh.v1.DataStateUsage.encode(m.datastate, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.coord != null && $Object.hasOwnProperty.call(m, "coord"))
                    $root.cellmesh.v1.NetCoord.encode(m.coord, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.draining != null && $Object.hasOwnProperty.call(m, "draining") && m.draining !== false)
                    w.uint32(/* id 13, wireType 0 =*/104).bool(m.draining);
                if (m.uplinkMbps != null && $Object.hasOwnProperty.call(m, "uplinkMbps") && !$Object.is(m.uplinkMbps, 0))
                    w.uint32(/* id 14, wireType 1 =*/113).double(m.uplinkMbps);
                if (m.relayLoad != null && $Object.hasOwnProperty.call(m, "relayLoad") && !$Object.is(m.relayLoad, 0))
                    w.uint32(/* id 15, wireType 1 =*/121).double(m.relayLoad);
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId") && m.clusterId !== "")
                    w.uint32(/* id 16, wireType 2 =*/130).string(m.clusterId);
                if (m.emulated != null && $Object.hasOwnProperty.call(m, "emulated") && m.emulated !== false)
                    w.uint32(/* id 17, wireType 0 =*/136).bool(m.emulated);
                if (m.startedAtMs != null && $Object.hasOwnProperty.call(m, "startedAtMs") && (typeof m.startedAtMs === "object" ? m.startedAtMs.low || m.startedAtMs.high : m.startedAtMs !== 0))
                    w.uint32(/* id 18, wireType 0 =*/144).int64(m.startedAtMs);
                if (m.netRxBytesPerS != null && $Object.hasOwnProperty.call(m, "netRxBytesPerS") && !$Object.is(m.netRxBytesPerS, 0))
                    w.uint32(/* id 19, wireType 1 =*/153).double(m.netRxBytesPerS);
                if (m.netTxBytesPerS != null && $Object.hasOwnProperty.call(m, "netTxBytesPerS") && !$Object.is(m.netTxBytesPerS, 0))
                    w.uint32(/* id 20, wireType 1 =*/161).double(m.netTxBytesPerS);
                if (m.uplinkBytesPerS != null && $Object.hasOwnProperty.call(m, "uplinkBytesPerS") && !$Object.is(m.uplinkBytesPerS, 0))
                    w.uint32(/* id 21, wireType 1 =*/169).double(m.uplinkBytesPerS);
                if (m.downlinkBytesPerS != null && $Object.hasOwnProperty.call(m, "downlinkBytesPerS") && !$Object.is(m.downlinkBytesPerS, 0))
                    w.uint32(/* id 22, wireType 1 =*/177).double(m.downlinkBytesPerS);
                if (m.downlinkMbps != null && $Object.hasOwnProperty.call(m, "downlinkMbps") && !$Object.is(m.downlinkMbps, 0))
                    w.uint32(/* id 23, wireType 1 =*/185).double(m.downlinkMbps);
                if (m.uplinkSaturation != null && $Object.hasOwnProperty.call(m, "uplinkSaturation") && !$Object.is(m.uplinkSaturation, 0))
                    w.uint32(/* id 24, wireType 1 =*/193).double(m.uplinkSaturation);
                if (m.downlinkSaturation != null && $Object.hasOwnProperty.call(m, "downlinkSaturation") && !$Object.is(m.downlinkSaturation, 0))
                    w.uint32(/* id 25, wireType 1 =*/201).double(m.downlinkSaturation);
                if (m.relayBytesPerS != null && $Object.hasOwnProperty.call(m, "relayBytesPerS") && !$Object.is(m.relayBytesPerS, 0))
                    w.uint32(/* id 26, wireType 1 =*/209).double(m.relayBytesPerS);
                if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== "")
                    w.uint32(/* id 27, wireType 2 =*/218).string(m.role);
                if (m.refusesIsolatedCompute != null && $Object.hasOwnProperty.call(m, "refusesIsolatedCompute") && m.refusesIsolatedCompute !== false)
                    w.uint32(/* id 28, wireType 0 =*/224).bool(m.refusesIsolatedCompute);
                if (m.relayMsgsPerS != null && $Object.hasOwnProperty.call(m, "relayMsgsPerS") && !$Object.is(m.relayMsgsPerS, 0))
                    w.uint32(/* id 29, wireType 1 =*/233).double(m.relayMsgsPerS);
                if (m.snapshotIntervalMs != null && $Object.hasOwnProperty.call(m, "snapshotIntervalMs") && m.snapshotIntervalMs !== 0)
                    w.uint32(/* id 30, wireType 0 =*/240).uint32(m.snapshotIntervalMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a NodeMetrics message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.NodeMetrics
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.NodeMetrics & cellmesh.v1.NodeMetrics.$Shape} NodeMetrics
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeMetrics.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.NodeMetrics();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.site = v;
                            else
                                delete m.site;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.sampledAtMs = v;
                            else
                                delete m.sampledAtMs;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.cpuCores = v;
                            else
                                delete m.cpuCores;
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.cpuLoadPct = v;
                            else
                                delete m.cpuLoadPct;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.memTotalBytes = v;
                            else
                                delete m.memTotalBytes;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.memUsedBytes = v;
                            else
                                delete m.memUsedBytes;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.queueDepth = v;
                            else
                                delete m.queueDepth;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.runningTasks = v;
                            else
                                delete m.runningTasks;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (!(m.gpus && m.gpus.length))
                                m.gpus = [];
                            m.gpus.push($root.cellmesh.v1.GpuDevice.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.datastate = $root.cellmesh.v1.DataStateUsage.decode(r, r.size(), $undefined, q + 1, m.datastate);
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.coord = $root.cellmesh.v1.NetCoord.decode(r, r.size(), $undefined, q + 1, m.coord);
                            continue;
                        }
                    case 13: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.draining = v;
                            else
                                delete m.draining;
                            continue;
                        }
                    case 14: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.uplinkMbps = v;
                            else
                                delete m.uplinkMbps;
                            continue;
                        }
                    case 15: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.relayLoad = v;
                            else
                                delete m.relayLoad;
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.clusterId = v;
                            else
                                delete m.clusterId;
                            continue;
                        }
                    case 17: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.emulated = v;
                            else
                                delete m.emulated;
                            continue;
                        }
                    case 18: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.startedAtMs = v;
                            else
                                delete m.startedAtMs;
                            continue;
                        }
                    case 19: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.netRxBytesPerS = v;
                            else
                                delete m.netRxBytesPerS;
                            continue;
                        }
                    case 20: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.netTxBytesPerS = v;
                            else
                                delete m.netTxBytesPerS;
                            continue;
                        }
                    case 21: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.uplinkBytesPerS = v;
                            else
                                delete m.uplinkBytesPerS;
                            continue;
                        }
                    case 22: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.downlinkBytesPerS = v;
                            else
                                delete m.downlinkBytesPerS;
                            continue;
                        }
                    case 23: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.downlinkMbps = v;
                            else
                                delete m.downlinkMbps;
                            continue;
                        }
                    case 24: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.uplinkSaturation = v;
                            else
                                delete m.uplinkSaturation;
                            continue;
                        }
                    case 25: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.downlinkSaturation = v;
                            else
                                delete m.downlinkSaturation;
                            continue;
                        }
                    case 26: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.relayBytesPerS = v;
                            else
                                delete m.relayBytesPerS;
                            continue;
                        }
                    case 27: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.role = v;
                            else
                                delete m.role;
                            continue;
                        }
                    case 28: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.refusesIsolatedCompute = v;
                            else
                                delete m.refusesIsolatedCompute;
                            continue;
                        }
                    case 29: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.relayMsgsPerS = v;
                            else
                                delete m.relayMsgsPerS;
                            continue;
                        }
                    case 30: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.snapshotIntervalMs = v;
                            else
                                delete m.snapshotIntervalMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a NodeMetrics message.
             * @function verify
             * @memberof cellmesh.v1.NodeMetrics
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NodeMetrics.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    if (!$util.isString(m.nodeId))
                        return "nodeId: string expected";
                }
                if (m.site != null && $Object.hasOwnProperty.call(m, "site")) {
                    if (!$util.isString(m.site))
                        return "site: string expected";
                }
                if (m.sampledAtMs != null && $Object.hasOwnProperty.call(m, "sampledAtMs")) {
                    if (!$util.isInteger(m.sampledAtMs) && !(m.sampledAtMs && $util.isInteger(m.sampledAtMs.low) && $util.isInteger(m.sampledAtMs.high)))
                        return "sampledAtMs: integer|Long expected";
                }
                if (m.cpuCores != null && $Object.hasOwnProperty.call(m, "cpuCores")) {
                    if (!$util.isInteger(m.cpuCores))
                        return "cpuCores: integer expected";
                }
                if (m.cpuLoadPct != null && $Object.hasOwnProperty.call(m, "cpuLoadPct")) {
                    if (typeof m.cpuLoadPct !== "number")
                        return "cpuLoadPct: number expected";
                }
                if (m.memTotalBytes != null && $Object.hasOwnProperty.call(m, "memTotalBytes")) {
                    if (!$util.isInteger(m.memTotalBytes) && !(m.memTotalBytes && $util.isInteger(m.memTotalBytes.low) && $util.isInteger(m.memTotalBytes.high)))
                        return "memTotalBytes: integer|Long expected";
                }
                if (m.memUsedBytes != null && $Object.hasOwnProperty.call(m, "memUsedBytes")) {
                    if (!$util.isInteger(m.memUsedBytes) && !(m.memUsedBytes && $util.isInteger(m.memUsedBytes.low) && $util.isInteger(m.memUsedBytes.high)))
                        return "memUsedBytes: integer|Long expected";
                }
                if (m.queueDepth != null && $Object.hasOwnProperty.call(m, "queueDepth")) {
                    if (!$util.isInteger(m.queueDepth))
                        return "queueDepth: integer expected";
                }
                if (m.runningTasks != null && $Object.hasOwnProperty.call(m, "runningTasks")) {
                    if (!$util.isInteger(m.runningTasks))
                        return "runningTasks: integer expected";
                }
                if (m.gpus != null && $Object.hasOwnProperty.call(m, "gpus")) {
                    if (!$Array.isArray(m.gpus))
                        return "gpus: array expected";
                    for (var i = 0; i < m.gpus.length; ++i) {
                        {
                            var e = $root.cellmesh.v1.GpuDevice.verify(m.gpus[i], q + 1);
                            if (e)
                                return "gpus." + e;
                        }
                    }
                }
                if (m.datastate != null && $Object.hasOwnProperty.call(m, "datastate")) {
                    {
                        var e = $root.cellmesh.v1.DataStateUsage.verify(m.datastate, q + 1);
                        if (e)
                            return "datastate." + e;
                    }
                }
                if (m.coord != null && $Object.hasOwnProperty.call(m, "coord")) {
                    {
                        var e = $root.cellmesh.v1.NetCoord.verify(m.coord, q + 1);
                        if (e)
                            return "coord." + e;
                    }
                }
                if (m.draining != null && $Object.hasOwnProperty.call(m, "draining")) {
                    if (typeof m.draining !== "boolean")
                        return "draining: boolean expected";
                }
                if (m.uplinkMbps != null && $Object.hasOwnProperty.call(m, "uplinkMbps")) {
                    if (typeof m.uplinkMbps !== "number")
                        return "uplinkMbps: number expected";
                }
                if (m.relayLoad != null && $Object.hasOwnProperty.call(m, "relayLoad")) {
                    if (typeof m.relayLoad !== "number")
                        return "relayLoad: number expected";
                }
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    if (!$util.isString(m.clusterId))
                        return "clusterId: string expected";
                }
                if (m.emulated != null && $Object.hasOwnProperty.call(m, "emulated")) {
                    if (typeof m.emulated !== "boolean")
                        return "emulated: boolean expected";
                }
                if (m.startedAtMs != null && $Object.hasOwnProperty.call(m, "startedAtMs")) {
                    if (!$util.isInteger(m.startedAtMs) && !(m.startedAtMs && $util.isInteger(m.startedAtMs.low) && $util.isInteger(m.startedAtMs.high)))
                        return "startedAtMs: integer|Long expected";
                }
                if (m.netRxBytesPerS != null && $Object.hasOwnProperty.call(m, "netRxBytesPerS")) {
                    if (typeof m.netRxBytesPerS !== "number")
                        return "netRxBytesPerS: number expected";
                }
                if (m.netTxBytesPerS != null && $Object.hasOwnProperty.call(m, "netTxBytesPerS")) {
                    if (typeof m.netTxBytesPerS !== "number")
                        return "netTxBytesPerS: number expected";
                }
                if (m.uplinkBytesPerS != null && $Object.hasOwnProperty.call(m, "uplinkBytesPerS")) {
                    if (typeof m.uplinkBytesPerS !== "number")
                        return "uplinkBytesPerS: number expected";
                }
                if (m.downlinkBytesPerS != null && $Object.hasOwnProperty.call(m, "downlinkBytesPerS")) {
                    if (typeof m.downlinkBytesPerS !== "number")
                        return "downlinkBytesPerS: number expected";
                }
                if (m.downlinkMbps != null && $Object.hasOwnProperty.call(m, "downlinkMbps")) {
                    if (typeof m.downlinkMbps !== "number")
                        return "downlinkMbps: number expected";
                }
                if (m.uplinkSaturation != null && $Object.hasOwnProperty.call(m, "uplinkSaturation")) {
                    if (typeof m.uplinkSaturation !== "number")
                        return "uplinkSaturation: number expected";
                }
                if (m.downlinkSaturation != null && $Object.hasOwnProperty.call(m, "downlinkSaturation")) {
                    if (typeof m.downlinkSaturation !== "number")
                        return "downlinkSaturation: number expected";
                }
                if (m.relayBytesPerS != null && $Object.hasOwnProperty.call(m, "relayBytesPerS")) {
                    if (typeof m.relayBytesPerS !== "number")
                        return "relayBytesPerS: number expected";
                }
                if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                    if (!$util.isString(m.role))
                        return "role: string expected";
                }
                if (m.refusesIsolatedCompute != null && $Object.hasOwnProperty.call(m, "refusesIsolatedCompute")) {
                    if (typeof m.refusesIsolatedCompute !== "boolean")
                        return "refusesIsolatedCompute: boolean expected";
                }
                if (m.relayMsgsPerS != null && $Object.hasOwnProperty.call(m, "relayMsgsPerS")) {
                    if (typeof m.relayMsgsPerS !== "number")
                        return "relayMsgsPerS: number expected";
                }
                if (m.snapshotIntervalMs != null && $Object.hasOwnProperty.call(m, "snapshotIntervalMs")) {
                    if (!$util.isInteger(m.snapshotIntervalMs))
                        return "snapshotIntervalMs: integer expected";
                }
                return null;
            };

            /**
             * Creates a NodeMetrics message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.NodeMetrics
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.NodeMetrics} NodeMetrics
             */
            NodeMetrics.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.NodeMetrics)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.NodeMetrics: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.NodeMetrics();
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.site != null) {
                    if (typeof d.site !== "string" || d.site.length) {
                        m.site = $String(d.site);
                    }
                }
                if (d.sampledAtMs != null) {
                    if (typeof d.sampledAtMs === "object" ? d.sampledAtMs.low || d.sampledAtMs.high : $Number(d.sampledAtMs) !== 0) {
                        if ($util.Long)
                            m.sampledAtMs = $util.Long.fromValue(d.sampledAtMs, false);
                        else if (typeof d.sampledAtMs === "string")
                            m.sampledAtMs = $parseInt(d.sampledAtMs, 10);
                        else if (typeof d.sampledAtMs === "number")
                            m.sampledAtMs = d.sampledAtMs;
                        else if (typeof d.sampledAtMs === "object")
                            m.sampledAtMs = new $util.LongBits(d.sampledAtMs.low >>> 0, d.sampledAtMs.high >>> 0).toNumber();
                    }
                }
                if (d.cpuCores != null) {
                    if ($Number(d.cpuCores) !== 0) {
                        m.cpuCores = d.cpuCores >>> 0;
                    }
                }
                if (d.cpuLoadPct != null) {
                    if (!$Object.is($Number(d.cpuLoadPct), 0)) {
                        m.cpuLoadPct = $Number(d.cpuLoadPct);
                    }
                }
                if (d.memTotalBytes != null) {
                    if (typeof d.memTotalBytes === "object" ? d.memTotalBytes.low || d.memTotalBytes.high : $Number(d.memTotalBytes) !== 0) {
                        if ($util.Long)
                            m.memTotalBytes = $util.Long.fromValue(d.memTotalBytes, true);
                        else if (typeof d.memTotalBytes === "string")
                            m.memTotalBytes = $parseInt(d.memTotalBytes, 10);
                        else if (typeof d.memTotalBytes === "number")
                            m.memTotalBytes = d.memTotalBytes;
                        else if (typeof d.memTotalBytes === "object")
                            m.memTotalBytes = new $util.LongBits(d.memTotalBytes.low >>> 0, d.memTotalBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.memUsedBytes != null) {
                    if (typeof d.memUsedBytes === "object" ? d.memUsedBytes.low || d.memUsedBytes.high : $Number(d.memUsedBytes) !== 0) {
                        if ($util.Long)
                            m.memUsedBytes = $util.Long.fromValue(d.memUsedBytes, true);
                        else if (typeof d.memUsedBytes === "string")
                            m.memUsedBytes = $parseInt(d.memUsedBytes, 10);
                        else if (typeof d.memUsedBytes === "number")
                            m.memUsedBytes = d.memUsedBytes;
                        else if (typeof d.memUsedBytes === "object")
                            m.memUsedBytes = new $util.LongBits(d.memUsedBytes.low >>> 0, d.memUsedBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.queueDepth != null) {
                    if ($Number(d.queueDepth) !== 0) {
                        m.queueDepth = d.queueDepth >>> 0;
                    }
                }
                if (d.runningTasks != null) {
                    if ($Number(d.runningTasks) !== 0) {
                        m.runningTasks = d.runningTasks >>> 0;
                    }
                }
                if (d.gpus) {
                    if (!$Array.isArray(d.gpus))
                        throw $TypeError(".cellmesh.v1.NodeMetrics.gpus: array expected");
                    m.gpus = $Array(d.gpus.length);
                    for (var i = 0; i < d.gpus.length; ++i) {
                        if (!$util.isObject(d.gpus[i]))
                            throw $TypeError(".cellmesh.v1.NodeMetrics.gpus: object expected");
                        m.gpus[i] = $root.cellmesh.v1.GpuDevice.fromObject(d.gpus[i], q + 1);
                    }
                }
                if (d.datastate != null) {
                    if (!$util.isObject(d.datastate))
                        throw $TypeError(".cellmesh.v1.NodeMetrics.datastate: object expected");
                    m.datastate = $root.cellmesh.v1.DataStateUsage.fromObject(d.datastate, q + 1);
                }
                if (d.coord != null) {
                    if (!$util.isObject(d.coord))
                        throw $TypeError(".cellmesh.v1.NodeMetrics.coord: object expected");
                    m.coord = $root.cellmesh.v1.NetCoord.fromObject(d.coord, q + 1);
                }
                if (d.draining != null) {
                    if (d.draining) {
                        m.draining = $Boolean(d.draining);
                    }
                }
                if (d.uplinkMbps != null) {
                    if (!$Object.is($Number(d.uplinkMbps), 0)) {
                        m.uplinkMbps = $Number(d.uplinkMbps);
                    }
                }
                if (d.relayLoad != null) {
                    if (!$Object.is($Number(d.relayLoad), 0)) {
                        m.relayLoad = $Number(d.relayLoad);
                    }
                }
                if (d.clusterId != null) {
                    if (typeof d.clusterId !== "string" || d.clusterId.length) {
                        m.clusterId = $String(d.clusterId);
                    }
                }
                if (d.emulated != null) {
                    if (d.emulated) {
                        m.emulated = $Boolean(d.emulated);
                    }
                }
                if (d.startedAtMs != null) {
                    if (typeof d.startedAtMs === "object" ? d.startedAtMs.low || d.startedAtMs.high : $Number(d.startedAtMs) !== 0) {
                        if ($util.Long)
                            m.startedAtMs = $util.Long.fromValue(d.startedAtMs, false);
                        else if (typeof d.startedAtMs === "string")
                            m.startedAtMs = $parseInt(d.startedAtMs, 10);
                        else if (typeof d.startedAtMs === "number")
                            m.startedAtMs = d.startedAtMs;
                        else if (typeof d.startedAtMs === "object")
                            m.startedAtMs = new $util.LongBits(d.startedAtMs.low >>> 0, d.startedAtMs.high >>> 0).toNumber();
                    }
                }
                if (d.netRxBytesPerS != null) {
                    if (!$Object.is($Number(d.netRxBytesPerS), 0)) {
                        m.netRxBytesPerS = $Number(d.netRxBytesPerS);
                    }
                }
                if (d.netTxBytesPerS != null) {
                    if (!$Object.is($Number(d.netTxBytesPerS), 0)) {
                        m.netTxBytesPerS = $Number(d.netTxBytesPerS);
                    }
                }
                if (d.uplinkBytesPerS != null) {
                    if (!$Object.is($Number(d.uplinkBytesPerS), 0)) {
                        m.uplinkBytesPerS = $Number(d.uplinkBytesPerS);
                    }
                }
                if (d.downlinkBytesPerS != null) {
                    if (!$Object.is($Number(d.downlinkBytesPerS), 0)) {
                        m.downlinkBytesPerS = $Number(d.downlinkBytesPerS);
                    }
                }
                if (d.downlinkMbps != null) {
                    if (!$Object.is($Number(d.downlinkMbps), 0)) {
                        m.downlinkMbps = $Number(d.downlinkMbps);
                    }
                }
                if (d.uplinkSaturation != null) {
                    if (!$Object.is($Number(d.uplinkSaturation), 0)) {
                        m.uplinkSaturation = $Number(d.uplinkSaturation);
                    }
                }
                if (d.downlinkSaturation != null) {
                    if (!$Object.is($Number(d.downlinkSaturation), 0)) {
                        m.downlinkSaturation = $Number(d.downlinkSaturation);
                    }
                }
                if (d.relayBytesPerS != null) {
                    if (!$Object.is($Number(d.relayBytesPerS), 0)) {
                        m.relayBytesPerS = $Number(d.relayBytesPerS);
                    }
                }
                if (d.role != null) {
                    if (typeof d.role !== "string" || d.role.length) {
                        m.role = $String(d.role);
                    }
                }
                if (d.refusesIsolatedCompute != null) {
                    if (d.refusesIsolatedCompute) {
                        m.refusesIsolatedCompute = $Boolean(d.refusesIsolatedCompute);
                    }
                }
                if (d.relayMsgsPerS != null) {
                    if (!$Object.is($Number(d.relayMsgsPerS), 0)) {
                        m.relayMsgsPerS = $Number(d.relayMsgsPerS);
                    }
                }
                if (d.snapshotIntervalMs != null) {
                    if ($Number(d.snapshotIntervalMs) !== 0) {
                        m.snapshotIntervalMs = d.snapshotIntervalMs >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NodeMetrics message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.NodeMetrics
             * @static
             * @param {cellmesh.v1.NodeMetrics} m NodeMetrics
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeMetrics.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.gpus = [];
                }
                if (o.defaults) {
                    d.nodeId = "";
                    d.site = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.sampledAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sampledAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.cpuCores = 0;
                    d.cpuLoadPct = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.memTotalBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.memTotalBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.memUsedBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.memUsedBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.queueDepth = 0;
                    d.runningTasks = 0;
                    d.datastate = null;
                    d.coord = null;
                    d.draining = false;
                    d.uplinkMbps = 0;
                    d.relayLoad = 0;
                    d.clusterId = "";
                    d.emulated = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.startedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.startedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.netRxBytesPerS = 0;
                    d.netTxBytesPerS = 0;
                    d.uplinkBytesPerS = 0;
                    d.downlinkBytesPerS = 0;
                    d.downlinkMbps = 0;
                    d.uplinkSaturation = 0;
                    d.downlinkSaturation = 0;
                    d.relayBytesPerS = 0;
                    d.role = "";
                    d.refusesIsolatedCompute = false;
                    d.relayMsgsPerS = 0;
                    d.snapshotIntervalMs = 0;
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.site != null && $Object.hasOwnProperty.call(m, "site")) {
                    d.site = m.site;
                }
                if (m.sampledAtMs != null && $Object.hasOwnProperty.call(m, "sampledAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sampledAtMs = typeof m.sampledAtMs === "number" ? $BigInt(m.sampledAtMs) : $util.Long.fromBits(m.sampledAtMs.low >>> 0, m.sampledAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.sampledAtMs === "number")
                        d.sampledAtMs = o.longs === $String ? $String(m.sampledAtMs) : m.sampledAtMs;
                    else
                        d.sampledAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.sampledAtMs) : o.longs === $Number ? new $util.LongBits(m.sampledAtMs.low >>> 0, m.sampledAtMs.high >>> 0).toNumber() : m.sampledAtMs;
                }
                if (m.cpuCores != null && $Object.hasOwnProperty.call(m, "cpuCores")) {
                    d.cpuCores = m.cpuCores;
                }
                if (m.cpuLoadPct != null && $Object.hasOwnProperty.call(m, "cpuLoadPct")) {
                    d.cpuLoadPct = o.json && !$isFinite(m.cpuLoadPct) ? $String(m.cpuLoadPct) : m.cpuLoadPct;
                }
                if (m.memTotalBytes != null && $Object.hasOwnProperty.call(m, "memTotalBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.memTotalBytes = typeof m.memTotalBytes === "number" ? $BigInt(m.memTotalBytes) : $util.Long.fromBits(m.memTotalBytes.low >>> 0, m.memTotalBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.memTotalBytes === "number")
                        d.memTotalBytes = o.longs === $String ? $String(m.memTotalBytes) : m.memTotalBytes;
                    else
                        d.memTotalBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.memTotalBytes) : o.longs === $Number ? new $util.LongBits(m.memTotalBytes.low >>> 0, m.memTotalBytes.high >>> 0).toNumber(true) : m.memTotalBytes;
                }
                if (m.memUsedBytes != null && $Object.hasOwnProperty.call(m, "memUsedBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.memUsedBytes = typeof m.memUsedBytes === "number" ? $BigInt(m.memUsedBytes) : $util.Long.fromBits(m.memUsedBytes.low >>> 0, m.memUsedBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.memUsedBytes === "number")
                        d.memUsedBytes = o.longs === $String ? $String(m.memUsedBytes) : m.memUsedBytes;
                    else
                        d.memUsedBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.memUsedBytes) : o.longs === $Number ? new $util.LongBits(m.memUsedBytes.low >>> 0, m.memUsedBytes.high >>> 0).toNumber(true) : m.memUsedBytes;
                }
                if (m.queueDepth != null && $Object.hasOwnProperty.call(m, "queueDepth")) {
                    d.queueDepth = m.queueDepth;
                }
                if (m.runningTasks != null && $Object.hasOwnProperty.call(m, "runningTasks")) {
                    d.runningTasks = m.runningTasks;
                }
                if (m.gpus && m.gpus.length) {
                    d.gpus = $Array(m.gpus.length);
                    for (var j = 0; j < m.gpus.length; ++j) {
                        d.gpus[j] = $root.cellmesh.v1.GpuDevice.toObject(m.gpus[j], o, q + 1);
                    }
                }
                if (m.datastate != null && $Object.hasOwnProperty.call(m, "datastate")) {
                    d.datastate = $root.cellmesh.v1.DataStateUsage.toObject(m.datastate, o, q + 1);
                }
                if (m.coord != null && $Object.hasOwnProperty.call(m, "coord")) {
                    d.coord = $root.cellmesh.v1.NetCoord.toObject(m.coord, o, q + 1);
                }
                if (m.draining != null && $Object.hasOwnProperty.call(m, "draining")) {
                    d.draining = m.draining;
                }
                if (m.uplinkMbps != null && $Object.hasOwnProperty.call(m, "uplinkMbps")) {
                    d.uplinkMbps = o.json && !$isFinite(m.uplinkMbps) ? $String(m.uplinkMbps) : m.uplinkMbps;
                }
                if (m.relayLoad != null && $Object.hasOwnProperty.call(m, "relayLoad")) {
                    d.relayLoad = o.json && !$isFinite(m.relayLoad) ? $String(m.relayLoad) : m.relayLoad;
                }
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    d.clusterId = m.clusterId;
                }
                if (m.emulated != null && $Object.hasOwnProperty.call(m, "emulated")) {
                    d.emulated = m.emulated;
                }
                if (m.startedAtMs != null && $Object.hasOwnProperty.call(m, "startedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.startedAtMs = typeof m.startedAtMs === "number" ? $BigInt(m.startedAtMs) : $util.Long.fromBits(m.startedAtMs.low >>> 0, m.startedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.startedAtMs === "number")
                        d.startedAtMs = o.longs === $String ? $String(m.startedAtMs) : m.startedAtMs;
                    else
                        d.startedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.startedAtMs) : o.longs === $Number ? new $util.LongBits(m.startedAtMs.low >>> 0, m.startedAtMs.high >>> 0).toNumber() : m.startedAtMs;
                }
                if (m.netRxBytesPerS != null && $Object.hasOwnProperty.call(m, "netRxBytesPerS")) {
                    d.netRxBytesPerS = o.json && !$isFinite(m.netRxBytesPerS) ? $String(m.netRxBytesPerS) : m.netRxBytesPerS;
                }
                if (m.netTxBytesPerS != null && $Object.hasOwnProperty.call(m, "netTxBytesPerS")) {
                    d.netTxBytesPerS = o.json && !$isFinite(m.netTxBytesPerS) ? $String(m.netTxBytesPerS) : m.netTxBytesPerS;
                }
                if (m.uplinkBytesPerS != null && $Object.hasOwnProperty.call(m, "uplinkBytesPerS")) {
                    d.uplinkBytesPerS = o.json && !$isFinite(m.uplinkBytesPerS) ? $String(m.uplinkBytesPerS) : m.uplinkBytesPerS;
                }
                if (m.downlinkBytesPerS != null && $Object.hasOwnProperty.call(m, "downlinkBytesPerS")) {
                    d.downlinkBytesPerS = o.json && !$isFinite(m.downlinkBytesPerS) ? $String(m.downlinkBytesPerS) : m.downlinkBytesPerS;
                }
                if (m.downlinkMbps != null && $Object.hasOwnProperty.call(m, "downlinkMbps")) {
                    d.downlinkMbps = o.json && !$isFinite(m.downlinkMbps) ? $String(m.downlinkMbps) : m.downlinkMbps;
                }
                if (m.uplinkSaturation != null && $Object.hasOwnProperty.call(m, "uplinkSaturation")) {
                    d.uplinkSaturation = o.json && !$isFinite(m.uplinkSaturation) ? $String(m.uplinkSaturation) : m.uplinkSaturation;
                }
                if (m.downlinkSaturation != null && $Object.hasOwnProperty.call(m, "downlinkSaturation")) {
                    d.downlinkSaturation = o.json && !$isFinite(m.downlinkSaturation) ? $String(m.downlinkSaturation) : m.downlinkSaturation;
                }
                if (m.relayBytesPerS != null && $Object.hasOwnProperty.call(m, "relayBytesPerS")) {
                    d.relayBytesPerS = o.json && !$isFinite(m.relayBytesPerS) ? $String(m.relayBytesPerS) : m.relayBytesPerS;
                }
                if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                    d.role = m.role;
                }
                if (m.refusesIsolatedCompute != null && $Object.hasOwnProperty.call(m, "refusesIsolatedCompute")) {
                    d.refusesIsolatedCompute = m.refusesIsolatedCompute;
                }
                if (m.relayMsgsPerS != null && $Object.hasOwnProperty.call(m, "relayMsgsPerS")) {
                    d.relayMsgsPerS = o.json && !$isFinite(m.relayMsgsPerS) ? $String(m.relayMsgsPerS) : m.relayMsgsPerS;
                }
                if (m.snapshotIntervalMs != null && $Object.hasOwnProperty.call(m, "snapshotIntervalMs")) {
                    d.snapshotIntervalMs = m.snapshotIntervalMs;
                }
                return d;
            };

            /**
             * Converts this NodeMetrics to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.NodeMetrics
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeMetrics.prototype.toJSON = function() {
                return NodeMetrics.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeMetrics
             * @function getTypeUrl
             * @memberof cellmesh.v1.NodeMetrics
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeMetrics.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.NodeMetrics";
            };

            return NodeMetrics;
        })();

        v1.ProbeRequest = (function() {

            /**
             * Properties of a ProbeRequest.
             * @typedef {Object} cellmesh.v1.ProbeRequest.$Properties
             * @property {string|null} [fromNode] ProbeRequest fromNode
             * @property {number|null} [seq] ProbeRequest seq
             * @property {number|null} [sentAtMs] ProbeRequest sentAtMs
             * @property {Uint8Array|null} [padding] ProbeRequest padding
             * @property {number|null} [lastSeq] ProbeRequest lastSeq
             * @property {number|null} [lastRttMs] ProbeRequest lastRttMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProbeRequest.
             * @memberof cellmesh.v1
             * @interface IProbeRequest
             * @augments cellmesh.v1.ProbeRequest.$Properties
             * @deprecated Use cellmesh.v1.ProbeRequest.$Properties instead.
             */

            /**
             * Shape of a ProbeRequest.
             * @typedef {cellmesh.v1.ProbeRequest.$Properties} cellmesh.v1.ProbeRequest.$Shape
             */

            /**
             * Constructs a new ProbeRequest.
             * @memberof cellmesh.v1
             * @classdesc Represents a ProbeRequest.
             * @constructor
             * @param {cellmesh.v1.ProbeRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ProbeRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ProbeRequest fromNode.
             * @member {string} fromNode
             * @memberof cellmesh.v1.ProbeRequest
             * @instance
             */
            ProbeRequest.prototype.fromNode = "";

            /**
             * ProbeRequest seq.
             * @member {number} seq
             * @memberof cellmesh.v1.ProbeRequest
             * @instance
             */
            ProbeRequest.prototype.seq = 0;

            /**
             * ProbeRequest sentAtMs.
             * @member {number} sentAtMs
             * @memberof cellmesh.v1.ProbeRequest
             * @instance
             */
            ProbeRequest.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ProbeRequest padding.
             * @member {Uint8Array} padding
             * @memberof cellmesh.v1.ProbeRequest
             * @instance
             */
            ProbeRequest.prototype.padding = $util.newBuffer([]);

            /**
             * ProbeRequest lastSeq.
             * @member {number} lastSeq
             * @memberof cellmesh.v1.ProbeRequest
             * @instance
             */
            ProbeRequest.prototype.lastSeq = 0;

            /**
             * ProbeRequest lastRttMs.
             * @member {number} lastRttMs
             * @memberof cellmesh.v1.ProbeRequest
             * @instance
             */
            ProbeRequest.prototype.lastRttMs = 0;

            /**
             * Creates a new ProbeRequest instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.ProbeRequest
             * @static
             * @param {cellmesh.v1.ProbeRequest.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.ProbeRequest} ProbeRequest instance
             * @type {{
             *   (properties: cellmesh.v1.ProbeRequest.$Shape): cellmesh.v1.ProbeRequest & cellmesh.v1.ProbeRequest.$Shape;
             *   (properties?: cellmesh.v1.ProbeRequest.$Properties): cellmesh.v1.ProbeRequest;
             * }}
             */
            ProbeRequest.create = function(properties) {
                return new ProbeRequest(properties);
            };

            /**
             * Encodes the specified ProbeRequest message. Does not implicitly {@link cellmesh.v1.ProbeRequest.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.ProbeRequest
             * @static
             * @param {cellmesh.v1.ProbeRequest.$Properties} m ProbeRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProbeRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.fromNode != null && $Object.hasOwnProperty.call(m, "fromNode") && m.fromNode !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.fromNode);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && m.seq !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.seq);
                if (m.sentAtMs != null && $Object.hasOwnProperty.call(m, "sentAtMs") && (typeof m.sentAtMs === "object" ? m.sentAtMs.low || m.sentAtMs.high : m.sentAtMs !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.sentAtMs);
                if (m.padding != null && $Object.hasOwnProperty.call(m, "padding") && m.padding.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.padding);
                if (m.lastSeq != null && $Object.hasOwnProperty.call(m, "lastSeq") && m.lastSeq !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.lastSeq);
                if (m.lastRttMs != null && $Object.hasOwnProperty.call(m, "lastRttMs") && !$Object.is(m.lastRttMs, 0))
                    w.uint32(/* id 6, wireType 1 =*/49).double(m.lastRttMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ProbeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.ProbeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.ProbeRequest & cellmesh.v1.ProbeRequest.$Shape} ProbeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProbeRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.ProbeRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.fromNode = v;
                            else
                                delete m.fromNode;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.sentAtMs = v;
                            else
                                delete m.sentAtMs;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.padding = v;
                            else
                                delete m.padding;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.lastSeq = v;
                            else
                                delete m.lastSeq;
                            continue;
                        }
                    case 6: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.lastRttMs = v;
                            else
                                delete m.lastRttMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a ProbeRequest message.
             * @function verify
             * @memberof cellmesh.v1.ProbeRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProbeRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.fromNode != null && $Object.hasOwnProperty.call(m, "fromNode")) {
                    if (!$util.isString(m.fromNode))
                        return "fromNode: string expected";
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (!$util.isInteger(m.seq))
                        return "seq: integer expected";
                }
                if (m.sentAtMs != null && $Object.hasOwnProperty.call(m, "sentAtMs")) {
                    if (!$util.isInteger(m.sentAtMs) && !(m.sentAtMs && $util.isInteger(m.sentAtMs.low) && $util.isInteger(m.sentAtMs.high)))
                        return "sentAtMs: integer|Long expected";
                }
                if (m.padding != null && $Object.hasOwnProperty.call(m, "padding")) {
                    if (!(m.padding && typeof m.padding.length === "number" || $util.isString(m.padding)))
                        return "padding: buffer expected";
                }
                if (m.lastSeq != null && $Object.hasOwnProperty.call(m, "lastSeq")) {
                    if (!$util.isInteger(m.lastSeq))
                        return "lastSeq: integer expected";
                }
                if (m.lastRttMs != null && $Object.hasOwnProperty.call(m, "lastRttMs")) {
                    if (typeof m.lastRttMs !== "number")
                        return "lastRttMs: number expected";
                }
                return null;
            };

            /**
             * Creates a ProbeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.ProbeRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.ProbeRequest} ProbeRequest
             */
            ProbeRequest.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.ProbeRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.ProbeRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.ProbeRequest();
                if (d.fromNode != null) {
                    if (typeof d.fromNode !== "string" || d.fromNode.length) {
                        m.fromNode = $String(d.fromNode);
                    }
                }
                if (d.seq != null) {
                    if ($Number(d.seq) !== 0) {
                        m.seq = d.seq >>> 0;
                    }
                }
                if (d.sentAtMs != null) {
                    if (typeof d.sentAtMs === "object" ? d.sentAtMs.low || d.sentAtMs.high : $Number(d.sentAtMs) !== 0) {
                        if ($util.Long)
                            m.sentAtMs = $util.Long.fromValue(d.sentAtMs, false);
                        else if (typeof d.sentAtMs === "string")
                            m.sentAtMs = $parseInt(d.sentAtMs, 10);
                        else if (typeof d.sentAtMs === "number")
                            m.sentAtMs = d.sentAtMs;
                        else if (typeof d.sentAtMs === "object")
                            m.sentAtMs = new $util.LongBits(d.sentAtMs.low >>> 0, d.sentAtMs.high >>> 0).toNumber();
                    }
                }
                if (d.padding != null) {
                    if (d.padding.length) {
                        if (typeof d.padding === "string")
                            $util.base64.decode(d.padding, m.padding = $util.newBuffer($util.base64.length(d.padding)), 0);
                        else if (d.padding.length >= 0)
                            m.padding = d.padding;
                    }
                }
                if (d.lastSeq != null) {
                    if ($Number(d.lastSeq) !== 0) {
                        m.lastSeq = d.lastSeq >>> 0;
                    }
                }
                if (d.lastRttMs != null) {
                    if (!$Object.is($Number(d.lastRttMs), 0)) {
                        m.lastRttMs = $Number(d.lastRttMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ProbeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.ProbeRequest
             * @static
             * @param {cellmesh.v1.ProbeRequest} m ProbeRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProbeRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.fromNode = "";
                    d.seq = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.sentAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sentAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.padding = "";
                    else {
                        d.padding = [];
                        if (o.bytes !== $Array)
                            d.padding = $util.newBuffer(d.padding);
                    }
                    d.lastSeq = 0;
                    d.lastRttMs = 0;
                }
                if (m.fromNode != null && $Object.hasOwnProperty.call(m, "fromNode")) {
                    d.fromNode = m.fromNode;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    d.seq = m.seq;
                }
                if (m.sentAtMs != null && $Object.hasOwnProperty.call(m, "sentAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sentAtMs = typeof m.sentAtMs === "number" ? $BigInt(m.sentAtMs) : $util.Long.fromBits(m.sentAtMs.low >>> 0, m.sentAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.sentAtMs === "number")
                        d.sentAtMs = o.longs === $String ? $String(m.sentAtMs) : m.sentAtMs;
                    else
                        d.sentAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.sentAtMs) : o.longs === $Number ? new $util.LongBits(m.sentAtMs.low >>> 0, m.sentAtMs.high >>> 0).toNumber() : m.sentAtMs;
                }
                if (m.padding != null && $Object.hasOwnProperty.call(m, "padding")) {
                    d.padding = o.bytes === $String ? $util.base64.encode(m.padding, 0, m.padding.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.padding) : m.padding;
                }
                if (m.lastSeq != null && $Object.hasOwnProperty.call(m, "lastSeq")) {
                    d.lastSeq = m.lastSeq;
                }
                if (m.lastRttMs != null && $Object.hasOwnProperty.call(m, "lastRttMs")) {
                    d.lastRttMs = o.json && !$isFinite(m.lastRttMs) ? $String(m.lastRttMs) : m.lastRttMs;
                }
                return d;
            };

            /**
             * Converts this ProbeRequest to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.ProbeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProbeRequest.prototype.toJSON = function() {
                return ProbeRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProbeRequest
             * @function getTypeUrl
             * @memberof cellmesh.v1.ProbeRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProbeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.ProbeRequest";
            };

            return ProbeRequest;
        })();

        v1.ProbeReply = (function() {

            /**
             * Properties of a ProbeReply.
             * @typedef {Object} cellmesh.v1.ProbeReply.$Properties
             * @property {string|null} [nodeId] ProbeReply nodeId
             * @property {number|null} [seq] ProbeReply seq
             * @property {number|null} [echoedSentAtMs] ProbeReply echoedSentAtMs
             * @property {cellmesh.v1.NetCoord.$Properties|null} [coord] ProbeReply coord
             * @property {number|null} [paddingBytes] ProbeReply paddingBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProbeReply.
             * @memberof cellmesh.v1
             * @interface IProbeReply
             * @augments cellmesh.v1.ProbeReply.$Properties
             * @deprecated Use cellmesh.v1.ProbeReply.$Properties instead.
             */

            /**
             * Shape of a ProbeReply.
             * @typedef {cellmesh.v1.ProbeReply.$Properties} cellmesh.v1.ProbeReply.$Shape
             */

            /**
             * Constructs a new ProbeReply.
             * @memberof cellmesh.v1
             * @classdesc Represents a ProbeReply.
             * @constructor
             * @param {cellmesh.v1.ProbeReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ProbeReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ProbeReply nodeId.
             * @member {string} nodeId
             * @memberof cellmesh.v1.ProbeReply
             * @instance
             */
            ProbeReply.prototype.nodeId = "";

            /**
             * ProbeReply seq.
             * @member {number} seq
             * @memberof cellmesh.v1.ProbeReply
             * @instance
             */
            ProbeReply.prototype.seq = 0;

            /**
             * ProbeReply echoedSentAtMs.
             * @member {number} echoedSentAtMs
             * @memberof cellmesh.v1.ProbeReply
             * @instance
             */
            ProbeReply.prototype.echoedSentAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ProbeReply coord.
             * @member {cellmesh.v1.NetCoord.$Properties|null|undefined} coord
             * @memberof cellmesh.v1.ProbeReply
             * @instance
             */
            ProbeReply.prototype.coord = null;

            /**
             * ProbeReply paddingBytes.
             * @member {number} paddingBytes
             * @memberof cellmesh.v1.ProbeReply
             * @instance
             */
            ProbeReply.prototype.paddingBytes = 0;

            /**
             * Creates a new ProbeReply instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.ProbeReply
             * @static
             * @param {cellmesh.v1.ProbeReply.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.ProbeReply} ProbeReply instance
             * @type {{
             *   (properties: cellmesh.v1.ProbeReply.$Shape): cellmesh.v1.ProbeReply & cellmesh.v1.ProbeReply.$Shape;
             *   (properties?: cellmesh.v1.ProbeReply.$Properties): cellmesh.v1.ProbeReply;
             * }}
             */
            ProbeReply.create = function(properties) {
                return new ProbeReply(properties);
            };

            /**
             * Encodes the specified ProbeReply message. Does not implicitly {@link cellmesh.v1.ProbeReply.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.ProbeReply
             * @static
             * @param {cellmesh.v1.ProbeReply.$Properties} m ProbeReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProbeReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && m.seq !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.seq);
                if (m.echoedSentAtMs != null && $Object.hasOwnProperty.call(m, "echoedSentAtMs") && (typeof m.echoedSentAtMs === "object" ? m.echoedSentAtMs.low || m.echoedSentAtMs.high : m.echoedSentAtMs !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.echoedSentAtMs);
                if (m.coord != null && $Object.hasOwnProperty.call(m, "coord"))
                    $root.cellmesh.v1.NetCoord.encode(m.coord, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.paddingBytes != null && $Object.hasOwnProperty.call(m, "paddingBytes") && m.paddingBytes !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.paddingBytes);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ProbeReply message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.ProbeReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.ProbeReply & cellmesh.v1.ProbeReply.$Shape} ProbeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProbeReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.ProbeReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.echoedSentAtMs = v;
                            else
                                delete m.echoedSentAtMs;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.coord = $root.cellmesh.v1.NetCoord.decode(r, r.size(), $undefined, q + 1, m.coord);
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.paddingBytes = v;
                            else
                                delete m.paddingBytes;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a ProbeReply message.
             * @function verify
             * @memberof cellmesh.v1.ProbeReply
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProbeReply.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    if (!$util.isString(m.nodeId))
                        return "nodeId: string expected";
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (!$util.isInteger(m.seq))
                        return "seq: integer expected";
                }
                if (m.echoedSentAtMs != null && $Object.hasOwnProperty.call(m, "echoedSentAtMs")) {
                    if (!$util.isInteger(m.echoedSentAtMs) && !(m.echoedSentAtMs && $util.isInteger(m.echoedSentAtMs.low) && $util.isInteger(m.echoedSentAtMs.high)))
                        return "echoedSentAtMs: integer|Long expected";
                }
                if (m.coord != null && $Object.hasOwnProperty.call(m, "coord")) {
                    {
                        var e = $root.cellmesh.v1.NetCoord.verify(m.coord, q + 1);
                        if (e)
                            return "coord." + e;
                    }
                }
                if (m.paddingBytes != null && $Object.hasOwnProperty.call(m, "paddingBytes")) {
                    if (!$util.isInteger(m.paddingBytes))
                        return "paddingBytes: integer expected";
                }
                return null;
            };

            /**
             * Creates a ProbeReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.ProbeReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.ProbeReply} ProbeReply
             */
            ProbeReply.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.ProbeReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.ProbeReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.ProbeReply();
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.seq != null) {
                    if ($Number(d.seq) !== 0) {
                        m.seq = d.seq >>> 0;
                    }
                }
                if (d.echoedSentAtMs != null) {
                    if (typeof d.echoedSentAtMs === "object" ? d.echoedSentAtMs.low || d.echoedSentAtMs.high : $Number(d.echoedSentAtMs) !== 0) {
                        if ($util.Long)
                            m.echoedSentAtMs = $util.Long.fromValue(d.echoedSentAtMs, false);
                        else if (typeof d.echoedSentAtMs === "string")
                            m.echoedSentAtMs = $parseInt(d.echoedSentAtMs, 10);
                        else if (typeof d.echoedSentAtMs === "number")
                            m.echoedSentAtMs = d.echoedSentAtMs;
                        else if (typeof d.echoedSentAtMs === "object")
                            m.echoedSentAtMs = new $util.LongBits(d.echoedSentAtMs.low >>> 0, d.echoedSentAtMs.high >>> 0).toNumber();
                    }
                }
                if (d.coord != null) {
                    if (!$util.isObject(d.coord))
                        throw $TypeError(".cellmesh.v1.ProbeReply.coord: object expected");
                    m.coord = $root.cellmesh.v1.NetCoord.fromObject(d.coord, q + 1);
                }
                if (d.paddingBytes != null) {
                    if ($Number(d.paddingBytes) !== 0) {
                        m.paddingBytes = d.paddingBytes >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ProbeReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.ProbeReply
             * @static
             * @param {cellmesh.v1.ProbeReply} m ProbeReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProbeReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.nodeId = "";
                    d.seq = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.echoedSentAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.echoedSentAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.coord = null;
                    d.paddingBytes = 0;
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    d.seq = m.seq;
                }
                if (m.echoedSentAtMs != null && $Object.hasOwnProperty.call(m, "echoedSentAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.echoedSentAtMs = typeof m.echoedSentAtMs === "number" ? $BigInt(m.echoedSentAtMs) : $util.Long.fromBits(m.echoedSentAtMs.low >>> 0, m.echoedSentAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.echoedSentAtMs === "number")
                        d.echoedSentAtMs = o.longs === $String ? $String(m.echoedSentAtMs) : m.echoedSentAtMs;
                    else
                        d.echoedSentAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.echoedSentAtMs) : o.longs === $Number ? new $util.LongBits(m.echoedSentAtMs.low >>> 0, m.echoedSentAtMs.high >>> 0).toNumber() : m.echoedSentAtMs;
                }
                if (m.coord != null && $Object.hasOwnProperty.call(m, "coord")) {
                    d.coord = $root.cellmesh.v1.NetCoord.toObject(m.coord, o, q + 1);
                }
                if (m.paddingBytes != null && $Object.hasOwnProperty.call(m, "paddingBytes")) {
                    d.paddingBytes = m.paddingBytes;
                }
                return d;
            };

            /**
             * Converts this ProbeReply to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.ProbeReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProbeReply.prototype.toJSON = function() {
                return ProbeReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProbeReply
             * @function getTypeUrl
             * @memberof cellmesh.v1.ProbeReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProbeReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.ProbeReply";
            };

            return ProbeReply;
        })();

        v1.PeerLink = (function() {

            /**
             * Properties of a PeerLink.
             * @typedef {Object} cellmesh.v1.PeerLink.$Properties
             * @property {string|null} [peerId] PeerLink peerId
             * @property {number|null} [rttMs] PeerLink rttMs
             * @property {number|null} [jitterMs] PeerLink jitterMs
             * @property {number|null} [lossRatio] PeerLink lossRatio
             * @property {number|null} [throughputMbps] PeerLink throughputMbps
             * @property {number|null} [samples] PeerLink samples
             * @property {boolean|null} [measured] PeerLink measured
             * @property {number|null} [estimateError] PeerLink estimateError
             * @property {number|null} [updatedAtMs] PeerLink updatedAtMs
             * @property {boolean|null} [emulated] PeerLink emulated
             * @property {number|null} [smoothedRttMs] PeerLink smoothedRttMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerLink.
             * @memberof cellmesh.v1
             * @interface IPeerLink
             * @augments cellmesh.v1.PeerLink.$Properties
             * @deprecated Use cellmesh.v1.PeerLink.$Properties instead.
             */

            /**
             * Shape of a PeerLink.
             * @typedef {cellmesh.v1.PeerLink.$Properties} cellmesh.v1.PeerLink.$Shape
             */

            /**
             * Constructs a new PeerLink.
             * @memberof cellmesh.v1
             * @classdesc Represents a PeerLink.
             * @constructor
             * @param {cellmesh.v1.PeerLink.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PeerLink = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PeerLink peerId.
             * @member {string} peerId
             * @memberof cellmesh.v1.PeerLink
             * @instance
             */
            PeerLink.prototype.peerId = "";

            /**
             * PeerLink rttMs.
             * @member {number} rttMs
             * @memberof cellmesh.v1.PeerLink
             * @instance
             */
            PeerLink.prototype.rttMs = 0;

            /**
             * PeerLink jitterMs.
             * @member {number} jitterMs
             * @memberof cellmesh.v1.PeerLink
             * @instance
             */
            PeerLink.prototype.jitterMs = 0;

            /**
             * PeerLink lossRatio.
             * @member {number} lossRatio
             * @memberof cellmesh.v1.PeerLink
             * @instance
             */
            PeerLink.prototype.lossRatio = 0;

            /**
             * PeerLink throughputMbps.
             * @member {number} throughputMbps
             * @memberof cellmesh.v1.PeerLink
             * @instance
             */
            PeerLink.prototype.throughputMbps = 0;

            /**
             * PeerLink samples.
             * @member {number} samples
             * @memberof cellmesh.v1.PeerLink
             * @instance
             */
            PeerLink.prototype.samples = 0;

            /**
             * PeerLink measured.
             * @member {boolean} measured
             * @memberof cellmesh.v1.PeerLink
             * @instance
             */
            PeerLink.prototype.measured = false;

            /**
             * PeerLink estimateError.
             * @member {number} estimateError
             * @memberof cellmesh.v1.PeerLink
             * @instance
             */
            PeerLink.prototype.estimateError = 0;

            /**
             * PeerLink updatedAtMs.
             * @member {number} updatedAtMs
             * @memberof cellmesh.v1.PeerLink
             * @instance
             */
            PeerLink.prototype.updatedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PeerLink emulated.
             * @member {boolean} emulated
             * @memberof cellmesh.v1.PeerLink
             * @instance
             */
            PeerLink.prototype.emulated = false;

            /**
             * PeerLink smoothedRttMs.
             * @member {number} smoothedRttMs
             * @memberof cellmesh.v1.PeerLink
             * @instance
             */
            PeerLink.prototype.smoothedRttMs = 0;

            /**
             * Creates a new PeerLink instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.PeerLink
             * @static
             * @param {cellmesh.v1.PeerLink.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.PeerLink} PeerLink instance
             * @type {{
             *   (properties: cellmesh.v1.PeerLink.$Shape): cellmesh.v1.PeerLink & cellmesh.v1.PeerLink.$Shape;
             *   (properties?: cellmesh.v1.PeerLink.$Properties): cellmesh.v1.PeerLink;
             * }}
             */
            PeerLink.create = function(properties) {
                return new PeerLink(properties);
            };

            /**
             * Encodes the specified PeerLink message. Does not implicitly {@link cellmesh.v1.PeerLink.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.PeerLink
             * @static
             * @param {cellmesh.v1.PeerLink.$Properties} m PeerLink message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerLink.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
                if (m.rttMs != null && $Object.hasOwnProperty.call(m, "rttMs") && !$Object.is(m.rttMs, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.rttMs);
                if (m.jitterMs != null && $Object.hasOwnProperty.call(m, "jitterMs") && !$Object.is(m.jitterMs, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.jitterMs);
                if (m.lossRatio != null && $Object.hasOwnProperty.call(m, "lossRatio") && !$Object.is(m.lossRatio, 0))
                    w.uint32(/* id 4, wireType 1 =*/33).double(m.lossRatio);
                if (m.throughputMbps != null && $Object.hasOwnProperty.call(m, "throughputMbps") && !$Object.is(m.throughputMbps, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.throughputMbps);
                if (m.samples != null && $Object.hasOwnProperty.call(m, "samples") && m.samples !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.samples);
                if (m.measured != null && $Object.hasOwnProperty.call(m, "measured") && m.measured !== false)
                    w.uint32(/* id 7, wireType 0 =*/56).bool(m.measured);
                if (m.estimateError != null && $Object.hasOwnProperty.call(m, "estimateError") && !$Object.is(m.estimateError, 0))
                    w.uint32(/* id 8, wireType 1 =*/65).double(m.estimateError);
                if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs") && (typeof m.updatedAtMs === "object" ? m.updatedAtMs.low || m.updatedAtMs.high : m.updatedAtMs !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).int64(m.updatedAtMs);
                if (m.emulated != null && $Object.hasOwnProperty.call(m, "emulated") && m.emulated !== false)
                    w.uint32(/* id 10, wireType 0 =*/80).bool(m.emulated);
                if (m.smoothedRttMs != null && $Object.hasOwnProperty.call(m, "smoothedRttMs") && !$Object.is(m.smoothedRttMs, 0))
                    w.uint32(/* id 11, wireType 1 =*/89).double(m.smoothedRttMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PeerLink message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.PeerLink
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.PeerLink & cellmesh.v1.PeerLink.$Shape} PeerLink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerLink.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.PeerLink();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.peerId = v;
                            else
                                delete m.peerId;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.rttMs = v;
                            else
                                delete m.rttMs;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.jitterMs = v;
                            else
                                delete m.jitterMs;
                            continue;
                        }
                    case 4: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.lossRatio = v;
                            else
                                delete m.lossRatio;
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.throughputMbps = v;
                            else
                                delete m.throughputMbps;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.samples = v;
                            else
                                delete m.samples;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.measured = v;
                            else
                                delete m.measured;
                            continue;
                        }
                    case 8: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.estimateError = v;
                            else
                                delete m.estimateError;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.updatedAtMs = v;
                            else
                                delete m.updatedAtMs;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.emulated = v;
                            else
                                delete m.emulated;
                            continue;
                        }
                    case 11: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.smoothedRttMs = v;
                            else
                                delete m.smoothedRttMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a PeerLink message.
             * @function verify
             * @memberof cellmesh.v1.PeerLink
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PeerLink.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                    if (!$util.isString(m.peerId))
                        return "peerId: string expected";
                }
                if (m.rttMs != null && $Object.hasOwnProperty.call(m, "rttMs")) {
                    if (typeof m.rttMs !== "number")
                        return "rttMs: number expected";
                }
                if (m.jitterMs != null && $Object.hasOwnProperty.call(m, "jitterMs")) {
                    if (typeof m.jitterMs !== "number")
                        return "jitterMs: number expected";
                }
                if (m.lossRatio != null && $Object.hasOwnProperty.call(m, "lossRatio")) {
                    if (typeof m.lossRatio !== "number")
                        return "lossRatio: number expected";
                }
                if (m.throughputMbps != null && $Object.hasOwnProperty.call(m, "throughputMbps")) {
                    if (typeof m.throughputMbps !== "number")
                        return "throughputMbps: number expected";
                }
                if (m.samples != null && $Object.hasOwnProperty.call(m, "samples")) {
                    if (!$util.isInteger(m.samples))
                        return "samples: integer expected";
                }
                if (m.measured != null && $Object.hasOwnProperty.call(m, "measured")) {
                    if (typeof m.measured !== "boolean")
                        return "measured: boolean expected";
                }
                if (m.estimateError != null && $Object.hasOwnProperty.call(m, "estimateError")) {
                    if (typeof m.estimateError !== "number")
                        return "estimateError: number expected";
                }
                if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs")) {
                    if (!$util.isInteger(m.updatedAtMs) && !(m.updatedAtMs && $util.isInteger(m.updatedAtMs.low) && $util.isInteger(m.updatedAtMs.high)))
                        return "updatedAtMs: integer|Long expected";
                }
                if (m.emulated != null && $Object.hasOwnProperty.call(m, "emulated")) {
                    if (typeof m.emulated !== "boolean")
                        return "emulated: boolean expected";
                }
                if (m.smoothedRttMs != null && $Object.hasOwnProperty.call(m, "smoothedRttMs")) {
                    if (typeof m.smoothedRttMs !== "number")
                        return "smoothedRttMs: number expected";
                }
                return null;
            };

            /**
             * Creates a PeerLink message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.PeerLink
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.PeerLink} PeerLink
             */
            PeerLink.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.PeerLink)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.PeerLink: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.PeerLink();
                if (d.peerId != null) {
                    if (typeof d.peerId !== "string" || d.peerId.length) {
                        m.peerId = $String(d.peerId);
                    }
                }
                if (d.rttMs != null) {
                    if (!$Object.is($Number(d.rttMs), 0)) {
                        m.rttMs = $Number(d.rttMs);
                    }
                }
                if (d.jitterMs != null) {
                    if (!$Object.is($Number(d.jitterMs), 0)) {
                        m.jitterMs = $Number(d.jitterMs);
                    }
                }
                if (d.lossRatio != null) {
                    if (!$Object.is($Number(d.lossRatio), 0)) {
                        m.lossRatio = $Number(d.lossRatio);
                    }
                }
                if (d.throughputMbps != null) {
                    if (!$Object.is($Number(d.throughputMbps), 0)) {
                        m.throughputMbps = $Number(d.throughputMbps);
                    }
                }
                if (d.samples != null) {
                    if ($Number(d.samples) !== 0) {
                        m.samples = d.samples >>> 0;
                    }
                }
                if (d.measured != null) {
                    if (d.measured) {
                        m.measured = $Boolean(d.measured);
                    }
                }
                if (d.estimateError != null) {
                    if (!$Object.is($Number(d.estimateError), 0)) {
                        m.estimateError = $Number(d.estimateError);
                    }
                }
                if (d.updatedAtMs != null) {
                    if (typeof d.updatedAtMs === "object" ? d.updatedAtMs.low || d.updatedAtMs.high : $Number(d.updatedAtMs) !== 0) {
                        if ($util.Long)
                            m.updatedAtMs = $util.Long.fromValue(d.updatedAtMs, false);
                        else if (typeof d.updatedAtMs === "string")
                            m.updatedAtMs = $parseInt(d.updatedAtMs, 10);
                        else if (typeof d.updatedAtMs === "number")
                            m.updatedAtMs = d.updatedAtMs;
                        else if (typeof d.updatedAtMs === "object")
                            m.updatedAtMs = new $util.LongBits(d.updatedAtMs.low >>> 0, d.updatedAtMs.high >>> 0).toNumber();
                    }
                }
                if (d.emulated != null) {
                    if (d.emulated) {
                        m.emulated = $Boolean(d.emulated);
                    }
                }
                if (d.smoothedRttMs != null) {
                    if (!$Object.is($Number(d.smoothedRttMs), 0)) {
                        m.smoothedRttMs = $Number(d.smoothedRttMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PeerLink message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.PeerLink
             * @static
             * @param {cellmesh.v1.PeerLink} m PeerLink
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PeerLink.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.peerId = "";
                    d.rttMs = 0;
                    d.jitterMs = 0;
                    d.lossRatio = 0;
                    d.throughputMbps = 0;
                    d.samples = 0;
                    d.measured = false;
                    d.estimateError = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.updatedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.updatedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.emulated = false;
                    d.smoothedRttMs = 0;
                }
                if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                    d.peerId = m.peerId;
                }
                if (m.rttMs != null && $Object.hasOwnProperty.call(m, "rttMs")) {
                    d.rttMs = o.json && !$isFinite(m.rttMs) ? $String(m.rttMs) : m.rttMs;
                }
                if (m.jitterMs != null && $Object.hasOwnProperty.call(m, "jitterMs")) {
                    d.jitterMs = o.json && !$isFinite(m.jitterMs) ? $String(m.jitterMs) : m.jitterMs;
                }
                if (m.lossRatio != null && $Object.hasOwnProperty.call(m, "lossRatio")) {
                    d.lossRatio = o.json && !$isFinite(m.lossRatio) ? $String(m.lossRatio) : m.lossRatio;
                }
                if (m.throughputMbps != null && $Object.hasOwnProperty.call(m, "throughputMbps")) {
                    d.throughputMbps = o.json && !$isFinite(m.throughputMbps) ? $String(m.throughputMbps) : m.throughputMbps;
                }
                if (m.samples != null && $Object.hasOwnProperty.call(m, "samples")) {
                    d.samples = m.samples;
                }
                if (m.measured != null && $Object.hasOwnProperty.call(m, "measured")) {
                    d.measured = m.measured;
                }
                if (m.estimateError != null && $Object.hasOwnProperty.call(m, "estimateError")) {
                    d.estimateError = o.json && !$isFinite(m.estimateError) ? $String(m.estimateError) : m.estimateError;
                }
                if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.updatedAtMs = typeof m.updatedAtMs === "number" ? $BigInt(m.updatedAtMs) : $util.Long.fromBits(m.updatedAtMs.low >>> 0, m.updatedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.updatedAtMs === "number")
                        d.updatedAtMs = o.longs === $String ? $String(m.updatedAtMs) : m.updatedAtMs;
                    else
                        d.updatedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.updatedAtMs) : o.longs === $Number ? new $util.LongBits(m.updatedAtMs.low >>> 0, m.updatedAtMs.high >>> 0).toNumber() : m.updatedAtMs;
                }
                if (m.emulated != null && $Object.hasOwnProperty.call(m, "emulated")) {
                    d.emulated = m.emulated;
                }
                if (m.smoothedRttMs != null && $Object.hasOwnProperty.call(m, "smoothedRttMs")) {
                    d.smoothedRttMs = o.json && !$isFinite(m.smoothedRttMs) ? $String(m.smoothedRttMs) : m.smoothedRttMs;
                }
                return d;
            };

            /**
             * Converts this PeerLink to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.PeerLink
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PeerLink.prototype.toJSON = function() {
                return PeerLink.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PeerLink
             * @function getTypeUrl
             * @memberof cellmesh.v1.PeerLink
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PeerLink.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.PeerLink";
            };

            return PeerLink;
        })();

        v1.PeerTable = (function() {

            /**
             * Properties of a PeerTable.
             * @typedef {Object} cellmesh.v1.PeerTable.$Properties
             * @property {string|null} [nodeId] PeerTable nodeId
             * @property {cellmesh.v1.NetCoord.$Properties|null} [coord] PeerTable coord
             * @property {Array.<cellmesh.v1.PeerLink.$Properties>|null} [links] PeerTable links
             * @property {number|null} [updatedAtMs] PeerTable updatedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerTable.
             * @memberof cellmesh.v1
             * @interface IPeerTable
             * @augments cellmesh.v1.PeerTable.$Properties
             * @deprecated Use cellmesh.v1.PeerTable.$Properties instead.
             */

            /**
             * Shape of a PeerTable.
             * @typedef {cellmesh.v1.PeerTable.$Properties} cellmesh.v1.PeerTable.$Shape
             */

            /**
             * Constructs a new PeerTable.
             * @memberof cellmesh.v1
             * @classdesc Represents a PeerTable.
             * @constructor
             * @param {cellmesh.v1.PeerTable.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PeerTable = function (p) {
                this.links = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PeerTable nodeId.
             * @member {string} nodeId
             * @memberof cellmesh.v1.PeerTable
             * @instance
             */
            PeerTable.prototype.nodeId = "";

            /**
             * PeerTable coord.
             * @member {cellmesh.v1.NetCoord.$Properties|null|undefined} coord
             * @memberof cellmesh.v1.PeerTable
             * @instance
             */
            PeerTable.prototype.coord = null;

            /**
             * PeerTable links.
             * @member {Array.<cellmesh.v1.PeerLink.$Properties>} links
             * @memberof cellmesh.v1.PeerTable
             * @instance
             */
            PeerTable.prototype.links = $util.emptyArray;

            /**
             * PeerTable updatedAtMs.
             * @member {number} updatedAtMs
             * @memberof cellmesh.v1.PeerTable
             * @instance
             */
            PeerTable.prototype.updatedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new PeerTable instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.PeerTable
             * @static
             * @param {cellmesh.v1.PeerTable.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.PeerTable} PeerTable instance
             * @type {{
             *   (properties: cellmesh.v1.PeerTable.$Shape): cellmesh.v1.PeerTable & cellmesh.v1.PeerTable.$Shape;
             *   (properties?: cellmesh.v1.PeerTable.$Properties): cellmesh.v1.PeerTable;
             * }}
             */
            PeerTable.create = function(properties) {
                return new PeerTable(properties);
            };

            /**
             * Encodes the specified PeerTable message. Does not implicitly {@link cellmesh.v1.PeerTable.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.PeerTable
             * @static
             * @param {cellmesh.v1.PeerTable.$Properties} m PeerTable message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerTable.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
                if (m.coord != null && $Object.hasOwnProperty.call(m, "coord"))
                    $root.cellmesh.v1.NetCoord.encode(m.coord, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.links != null && m.links.length) {
                    for (var i = 0; i < m.links.length; ++i)
                        $root.cellmesh.v1.PeerLink.encode(m.links[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs") && (typeof m.updatedAtMs === "object" ? m.updatedAtMs.low || m.updatedAtMs.high : m.updatedAtMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.updatedAtMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PeerTable message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.PeerTable
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.PeerTable & cellmesh.v1.PeerTable.$Shape} PeerTable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerTable.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.PeerTable();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.coord = $root.cellmesh.v1.NetCoord.decode(r, r.size(), $undefined, q + 1, m.coord);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.links && m.links.length))
                                m.links = [];
                            m.links.push($root.cellmesh.v1.PeerLink.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.updatedAtMs = v;
                            else
                                delete m.updatedAtMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a PeerTable message.
             * @function verify
             * @memberof cellmesh.v1.PeerTable
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PeerTable.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    if (!$util.isString(m.nodeId))
                        return "nodeId: string expected";
                }
                if (m.coord != null && $Object.hasOwnProperty.call(m, "coord")) {
                    {
                        var e = $root.cellmesh.v1.NetCoord.verify(m.coord, q + 1);
                        if (e)
                            return "coord." + e;
                    }
                }
                if (m.links != null && $Object.hasOwnProperty.call(m, "links")) {
                    if (!$Array.isArray(m.links))
                        return "links: array expected";
                    for (var i = 0; i < m.links.length; ++i) {
                        {
                            var e = $root.cellmesh.v1.PeerLink.verify(m.links[i], q + 1);
                            if (e)
                                return "links." + e;
                        }
                    }
                }
                if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs")) {
                    if (!$util.isInteger(m.updatedAtMs) && !(m.updatedAtMs && $util.isInteger(m.updatedAtMs.low) && $util.isInteger(m.updatedAtMs.high)))
                        return "updatedAtMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a PeerTable message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.PeerTable
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.PeerTable} PeerTable
             */
            PeerTable.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.PeerTable)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.PeerTable: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.PeerTable();
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.coord != null) {
                    if (!$util.isObject(d.coord))
                        throw $TypeError(".cellmesh.v1.PeerTable.coord: object expected");
                    m.coord = $root.cellmesh.v1.NetCoord.fromObject(d.coord, q + 1);
                }
                if (d.links) {
                    if (!$Array.isArray(d.links))
                        throw $TypeError(".cellmesh.v1.PeerTable.links: array expected");
                    m.links = $Array(d.links.length);
                    for (var i = 0; i < d.links.length; ++i) {
                        if (!$util.isObject(d.links[i]))
                            throw $TypeError(".cellmesh.v1.PeerTable.links: object expected");
                        m.links[i] = $root.cellmesh.v1.PeerLink.fromObject(d.links[i], q + 1);
                    }
                }
                if (d.updatedAtMs != null) {
                    if (typeof d.updatedAtMs === "object" ? d.updatedAtMs.low || d.updatedAtMs.high : $Number(d.updatedAtMs) !== 0) {
                        if ($util.Long)
                            m.updatedAtMs = $util.Long.fromValue(d.updatedAtMs, false);
                        else if (typeof d.updatedAtMs === "string")
                            m.updatedAtMs = $parseInt(d.updatedAtMs, 10);
                        else if (typeof d.updatedAtMs === "number")
                            m.updatedAtMs = d.updatedAtMs;
                        else if (typeof d.updatedAtMs === "object")
                            m.updatedAtMs = new $util.LongBits(d.updatedAtMs.low >>> 0, d.updatedAtMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PeerTable message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.PeerTable
             * @static
             * @param {cellmesh.v1.PeerTable} m PeerTable
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PeerTable.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.links = [];
                }
                if (o.defaults) {
                    d.nodeId = "";
                    d.coord = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.updatedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.updatedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.coord != null && $Object.hasOwnProperty.call(m, "coord")) {
                    d.coord = $root.cellmesh.v1.NetCoord.toObject(m.coord, o, q + 1);
                }
                if (m.links && m.links.length) {
                    d.links = $Array(m.links.length);
                    for (var j = 0; j < m.links.length; ++j) {
                        d.links[j] = $root.cellmesh.v1.PeerLink.toObject(m.links[j], o, q + 1);
                    }
                }
                if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.updatedAtMs = typeof m.updatedAtMs === "number" ? $BigInt(m.updatedAtMs) : $util.Long.fromBits(m.updatedAtMs.low >>> 0, m.updatedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.updatedAtMs === "number")
                        d.updatedAtMs = o.longs === $String ? $String(m.updatedAtMs) : m.updatedAtMs;
                    else
                        d.updatedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.updatedAtMs) : o.longs === $Number ? new $util.LongBits(m.updatedAtMs.low >>> 0, m.updatedAtMs.high >>> 0).toNumber() : m.updatedAtMs;
                }
                return d;
            };

            /**
             * Converts this PeerTable to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.PeerTable
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PeerTable.prototype.toJSON = function() {
                return PeerTable.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PeerTable
             * @function getTypeUrl
             * @memberof cellmesh.v1.PeerTable
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PeerTable.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.PeerTable";
            };

            return PeerTable;
        })();

        v1.LoadReport = (function() {

            /**
             * Properties of a LoadReport.
             * @typedef {Object} cellmesh.v1.LoadReport.$Properties
             * @property {string|null} [nodeId] LoadReport nodeId
             * @property {string|null} [source] LoadReport source
             * @property {number|null} [queueDepth] LoadReport queueDepth
             * @property {number|null} [runningTasks] LoadReport runningTasks
             * @property {cellmesh.v1.DataStateUsage.$Properties|null} [datastate] LoadReport datastate
             * @property {number|null} [reportedAtMs] LoadReport reportedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoadReport.
             * @memberof cellmesh.v1
             * @interface ILoadReport
             * @augments cellmesh.v1.LoadReport.$Properties
             * @deprecated Use cellmesh.v1.LoadReport.$Properties instead.
             */

            /**
             * Shape of a LoadReport.
             * @typedef {cellmesh.v1.LoadReport.$Properties} cellmesh.v1.LoadReport.$Shape
             */

            /**
             * Constructs a new LoadReport.
             * @memberof cellmesh.v1
             * @classdesc Represents a LoadReport.
             * @constructor
             * @param {cellmesh.v1.LoadReport.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var LoadReport = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LoadReport nodeId.
             * @member {string} nodeId
             * @memberof cellmesh.v1.LoadReport
             * @instance
             */
            LoadReport.prototype.nodeId = "";

            /**
             * LoadReport source.
             * @member {string} source
             * @memberof cellmesh.v1.LoadReport
             * @instance
             */
            LoadReport.prototype.source = "";

            /**
             * LoadReport queueDepth.
             * @member {number} queueDepth
             * @memberof cellmesh.v1.LoadReport
             * @instance
             */
            LoadReport.prototype.queueDepth = 0;

            /**
             * LoadReport runningTasks.
             * @member {number} runningTasks
             * @memberof cellmesh.v1.LoadReport
             * @instance
             */
            LoadReport.prototype.runningTasks = 0;

            /**
             * LoadReport datastate.
             * @member {cellmesh.v1.DataStateUsage.$Properties|null|undefined} datastate
             * @memberof cellmesh.v1.LoadReport
             * @instance
             */
            LoadReport.prototype.datastate = null;

            /**
             * LoadReport reportedAtMs.
             * @member {number} reportedAtMs
             * @memberof cellmesh.v1.LoadReport
             * @instance
             */
            LoadReport.prototype.reportedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new LoadReport instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.LoadReport
             * @static
             * @param {cellmesh.v1.LoadReport.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.LoadReport} LoadReport instance
             * @type {{
             *   (properties: cellmesh.v1.LoadReport.$Shape): cellmesh.v1.LoadReport & cellmesh.v1.LoadReport.$Shape;
             *   (properties?: cellmesh.v1.LoadReport.$Properties): cellmesh.v1.LoadReport;
             * }}
             */
            LoadReport.create = function(properties) {
                return new LoadReport(properties);
            };

            /**
             * Encodes the specified LoadReport message. Does not implicitly {@link cellmesh.v1.LoadReport.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.LoadReport
             * @static
             * @param {cellmesh.v1.LoadReport.$Properties} m LoadReport message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoadReport.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
                if (m.source != null && $Object.hasOwnProperty.call(m, "source") && m.source !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.source);
                if (m.queueDepth != null && $Object.hasOwnProperty.call(m, "queueDepth") && m.queueDepth !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.queueDepth);
                if (m.runningTasks != null && $Object.hasOwnProperty.call(m, "runningTasks") && m.runningTasks !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.runningTasks);
                if (m.datastate != null && $Object.hasOwnProperty.call(m, "datastate"))
                    $root.cellmesh.v1.DataStateUsage.encode(m.datastate, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.reportedAtMs != null && $Object.hasOwnProperty.call(m, "reportedAtMs") && (typeof m.reportedAtMs === "object" ? m.reportedAtMs.low || m.reportedAtMs.high : m.reportedAtMs !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.reportedAtMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LoadReport message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.LoadReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.LoadReport & cellmesh.v1.LoadReport.$Shape} LoadReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoadReport.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.LoadReport();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.source = v;
                            else
                                delete m.source;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.queueDepth = v;
                            else
                                delete m.queueDepth;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.runningTasks = v;
                            else
                                delete m.runningTasks;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.datastate = $root.cellmesh.v1.DataStateUsage.decode(r, r.size(), $undefined, q + 1, m.datastate);
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.reportedAtMs = v;
                            else
                                delete m.reportedAtMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a LoadReport message.
             * @function verify
             * @memberof cellmesh.v1.LoadReport
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoadReport.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    if (!$util.isString(m.nodeId))
                        return "nodeId: string expected";
                }
                if (m.source != null && $Object.hasOwnProperty.call(m, "source")) {
                    if (!$util.isString(m.source))
                        return "source: string expected";
                }
                if (m.queueDepth != null && $Object.hasOwnProperty.call(m, "queueDepth")) {
                    if (!$util.isInteger(m.queueDepth))
                        return "queueDepth: integer expected";
                }
                if (m.runningTasks != null && $Object.hasOwnProperty.call(m, "runningTasks")) {
                    if (!$util.isInteger(m.runningTasks))
                        return "runningTasks: integer expected";
                }
                if (m.datastate != null && $Object.hasOwnProperty.call(m, "datastate")) {
                    {
                        var e = $root.cellmesh.v1.DataStateUsage.verify(m.datastate, q + 1);
                        if (e)
                            return "datastate." + e;
                    }
                }
                if (m.reportedAtMs != null && $Object.hasOwnProperty.call(m, "reportedAtMs")) {
                    if (!$util.isInteger(m.reportedAtMs) && !(m.reportedAtMs && $util.isInteger(m.reportedAtMs.low) && $util.isInteger(m.reportedAtMs.high)))
                        return "reportedAtMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a LoadReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.LoadReport
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.LoadReport} LoadReport
             */
            LoadReport.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.LoadReport)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.LoadReport: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.LoadReport();
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.source != null) {
                    if (typeof d.source !== "string" || d.source.length) {
                        m.source = $String(d.source);
                    }
                }
                if (d.queueDepth != null) {
                    if ($Number(d.queueDepth) !== 0) {
                        m.queueDepth = d.queueDepth >>> 0;
                    }
                }
                if (d.runningTasks != null) {
                    if ($Number(d.runningTasks) !== 0) {
                        m.runningTasks = d.runningTasks >>> 0;
                    }
                }
                if (d.datastate != null) {
                    if (!$util.isObject(d.datastate))
                        throw $TypeError(".cellmesh.v1.LoadReport.datastate: object expected");
                    m.datastate = $root.cellmesh.v1.DataStateUsage.fromObject(d.datastate, q + 1);
                }
                if (d.reportedAtMs != null) {
                    if (typeof d.reportedAtMs === "object" ? d.reportedAtMs.low || d.reportedAtMs.high : $Number(d.reportedAtMs) !== 0) {
                        if ($util.Long)
                            m.reportedAtMs = $util.Long.fromValue(d.reportedAtMs, false);
                        else if (typeof d.reportedAtMs === "string")
                            m.reportedAtMs = $parseInt(d.reportedAtMs, 10);
                        else if (typeof d.reportedAtMs === "number")
                            m.reportedAtMs = d.reportedAtMs;
                        else if (typeof d.reportedAtMs === "object")
                            m.reportedAtMs = new $util.LongBits(d.reportedAtMs.low >>> 0, d.reportedAtMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LoadReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.LoadReport
             * @static
             * @param {cellmesh.v1.LoadReport} m LoadReport
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoadReport.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.nodeId = "";
                    d.source = "";
                    d.queueDepth = 0;
                    d.runningTasks = 0;
                    d.datastate = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.reportedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.reportedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.source != null && $Object.hasOwnProperty.call(m, "source")) {
                    d.source = m.source;
                }
                if (m.queueDepth != null && $Object.hasOwnProperty.call(m, "queueDepth")) {
                    d.queueDepth = m.queueDepth;
                }
                if (m.runningTasks != null && $Object.hasOwnProperty.call(m, "runningTasks")) {
                    d.runningTasks = m.runningTasks;
                }
                if (m.datastate != null && $Object.hasOwnProperty.call(m, "datastate")) {
                    d.datastate = $root.cellmesh.v1.DataStateUsage.toObject(m.datastate, o, q + 1);
                }
                if (m.reportedAtMs != null && $Object.hasOwnProperty.call(m, "reportedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.reportedAtMs = typeof m.reportedAtMs === "number" ? $BigInt(m.reportedAtMs) : $util.Long.fromBits(m.reportedAtMs.low >>> 0, m.reportedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.reportedAtMs === "number")
                        d.reportedAtMs = o.longs === $String ? $String(m.reportedAtMs) : m.reportedAtMs;
                    else
                        d.reportedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.reportedAtMs) : o.longs === $Number ? new $util.LongBits(m.reportedAtMs.low >>> 0, m.reportedAtMs.high >>> 0).toNumber() : m.reportedAtMs;
                }
                return d;
            };

            /**
             * Converts this LoadReport to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.LoadReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoadReport.prototype.toJSON = function() {
                return LoadReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoadReport
             * @function getTypeUrl
             * @memberof cellmesh.v1.LoadReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoadReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.LoadReport";
            };

            return LoadReport;
        })();

        v1.MetricsQuery = (function() {

            /**
             * Properties of a MetricsQuery.
             * @typedef {Object} cellmesh.v1.MetricsQuery.$Properties
             * @property {string|null} [nodeId] MetricsQuery nodeId
             * @property {string|null} [peerId] MetricsQuery peerId
             * @property {string|null} [clusterId] MetricsQuery clusterId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetricsQuery.
             * @memberof cellmesh.v1
             * @interface IMetricsQuery
             * @augments cellmesh.v1.MetricsQuery.$Properties
             * @deprecated Use cellmesh.v1.MetricsQuery.$Properties instead.
             */

            /**
             * Shape of a MetricsQuery.
             * @typedef {cellmesh.v1.MetricsQuery.$Properties} cellmesh.v1.MetricsQuery.$Shape
             */

            /**
             * Constructs a new MetricsQuery.
             * @memberof cellmesh.v1
             * @classdesc Represents a MetricsQuery.
             * @constructor
             * @param {cellmesh.v1.MetricsQuery.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var MetricsQuery = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MetricsQuery nodeId.
             * @member {string} nodeId
             * @memberof cellmesh.v1.MetricsQuery
             * @instance
             */
            MetricsQuery.prototype.nodeId = "";

            /**
             * MetricsQuery peerId.
             * @member {string} peerId
             * @memberof cellmesh.v1.MetricsQuery
             * @instance
             */
            MetricsQuery.prototype.peerId = "";

            /**
             * MetricsQuery clusterId.
             * @member {string} clusterId
             * @memberof cellmesh.v1.MetricsQuery
             * @instance
             */
            MetricsQuery.prototype.clusterId = "";

            /**
             * Creates a new MetricsQuery instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.MetricsQuery
             * @static
             * @param {cellmesh.v1.MetricsQuery.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.MetricsQuery} MetricsQuery instance
             * @type {{
             *   (properties: cellmesh.v1.MetricsQuery.$Shape): cellmesh.v1.MetricsQuery & cellmesh.v1.MetricsQuery.$Shape;
             *   (properties?: cellmesh.v1.MetricsQuery.$Properties): cellmesh.v1.MetricsQuery;
             * }}
             */
            MetricsQuery.create = function(properties) {
                return new MetricsQuery(properties);
            };

            /**
             * Encodes the specified MetricsQuery message. Does not implicitly {@link cellmesh.v1.MetricsQuery.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.MetricsQuery
             * @static
             * @param {cellmesh.v1.MetricsQuery.$Properties} m MetricsQuery message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetricsQuery.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
                if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.peerId);
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId") && m.clusterId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.clusterId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a MetricsQuery message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.MetricsQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.MetricsQuery & cellmesh.v1.MetricsQuery.$Shape} MetricsQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetricsQuery.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.MetricsQuery();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.peerId = v;
                            else
                                delete m.peerId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.clusterId = v;
                            else
                                delete m.clusterId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a MetricsQuery message.
             * @function verify
             * @memberof cellmesh.v1.MetricsQuery
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MetricsQuery.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    if (!$util.isString(m.nodeId))
                        return "nodeId: string expected";
                }
                if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                    if (!$util.isString(m.peerId))
                        return "peerId: string expected";
                }
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    if (!$util.isString(m.clusterId))
                        return "clusterId: string expected";
                }
                return null;
            };

            /**
             * Creates a MetricsQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.MetricsQuery
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.MetricsQuery} MetricsQuery
             */
            MetricsQuery.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.MetricsQuery)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.MetricsQuery: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.MetricsQuery();
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.peerId != null) {
                    if (typeof d.peerId !== "string" || d.peerId.length) {
                        m.peerId = $String(d.peerId);
                    }
                }
                if (d.clusterId != null) {
                    if (typeof d.clusterId !== "string" || d.clusterId.length) {
                        m.clusterId = $String(d.clusterId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a MetricsQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.MetricsQuery
             * @static
             * @param {cellmesh.v1.MetricsQuery} m MetricsQuery
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MetricsQuery.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.nodeId = "";
                    d.peerId = "";
                    d.clusterId = "";
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                    d.peerId = m.peerId;
                }
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    d.clusterId = m.clusterId;
                }
                return d;
            };

            /**
             * Converts this MetricsQuery to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.MetricsQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MetricsQuery.prototype.toJSON = function() {
                return MetricsQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MetricsQuery
             * @function getTypeUrl
             * @memberof cellmesh.v1.MetricsQuery
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MetricsQuery.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.MetricsQuery";
            };

            return MetricsQuery;
        })();

        v1.LocalMetrics = (function() {

            /**
             * Properties of a LocalMetrics.
             * @typedef {Object} cellmesh.v1.LocalMetrics.$Properties
             * @property {cellmesh.v1.NodeMetrics.$Properties|null} [node] LocalMetrics node
             * @property {cellmesh.v1.PeerTable.$Properties|null} [peers] LocalMetrics peers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LocalMetrics.
             * @memberof cellmesh.v1
             * @interface ILocalMetrics
             * @augments cellmesh.v1.LocalMetrics.$Properties
             * @deprecated Use cellmesh.v1.LocalMetrics.$Properties instead.
             */

            /**
             * Shape of a LocalMetrics.
             * @typedef {cellmesh.v1.LocalMetrics.$Properties} cellmesh.v1.LocalMetrics.$Shape
             */

            /**
             * Constructs a new LocalMetrics.
             * @memberof cellmesh.v1
             * @classdesc Represents a LocalMetrics.
             * @constructor
             * @param {cellmesh.v1.LocalMetrics.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var LocalMetrics = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LocalMetrics node.
             * @member {cellmesh.v1.NodeMetrics.$Properties|null|undefined} node
             * @memberof cellmesh.v1.LocalMetrics
             * @instance
             */
            LocalMetrics.prototype.node = null;

            /**
             * LocalMetrics peers.
             * @member {cellmesh.v1.PeerTable.$Properties|null|undefined} peers
             * @memberof cellmesh.v1.LocalMetrics
             * @instance
             */
            LocalMetrics.prototype.peers = null;

            /**
             * Creates a new LocalMetrics instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.LocalMetrics
             * @static
             * @param {cellmesh.v1.LocalMetrics.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.LocalMetrics} LocalMetrics instance
             * @type {{
             *   (properties: cellmesh.v1.LocalMetrics.$Shape): cellmesh.v1.LocalMetrics & cellmesh.v1.LocalMetrics.$Shape;
             *   (properties?: cellmesh.v1.LocalMetrics.$Properties): cellmesh.v1.LocalMetrics;
             * }}
             */
            LocalMetrics.create = function(properties) {
                return new LocalMetrics(properties);
            };

            /**
             * Encodes the specified LocalMetrics message. Does not implicitly {@link cellmesh.v1.LocalMetrics.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.LocalMetrics
             * @static
             * @param {cellmesh.v1.LocalMetrics.$Properties} m LocalMetrics message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LocalMetrics.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.node != null && $Object.hasOwnProperty.call(m, "node"))
                    $root.cellmesh.v1.NodeMetrics.encode(m.node, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.peers != null && $Object.hasOwnProperty.call(m, "peers"))
                    $root.cellmesh.v1.PeerTable.encode(m.peers, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LocalMetrics message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.LocalMetrics
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.LocalMetrics & cellmesh.v1.LocalMetrics.$Shape} LocalMetrics
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LocalMetrics.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.LocalMetrics();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.node = $root.cellmesh.v1.NodeMetrics.decode(r, r.size(), $undefined, q + 1, m.node);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.peers = $root.cellmesh.v1.PeerTable.decode(r, r.size(), $undefined, q + 1, m.peers);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a LocalMetrics message.
             * @function verify
             * @memberof cellmesh.v1.LocalMetrics
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LocalMetrics.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    {
                        var e = $root.cellmesh.v1.NodeMetrics.verify(m.node, q + 1);
                        if (e)
                            return "node." + e;
                    }
                }
                if (m.peers != null && $Object.hasOwnProperty.call(m, "peers")) {
                    {
                        var e = $root.cellmesh.v1.PeerTable.verify(m.peers, q + 1);
                        if (e)
                            return "peers." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a LocalMetrics message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.LocalMetrics
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.LocalMetrics} LocalMetrics
             */
            LocalMetrics.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.LocalMetrics)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.LocalMetrics: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.LocalMetrics();
                if (d.node != null) {
                    if (!$util.isObject(d.node))
                        throw $TypeError(".cellmesh.v1.LocalMetrics.node: object expected");
                    m.node = $root.cellmesh.v1.NodeMetrics.fromObject(d.node, q + 1);
                }
                if (d.peers != null) {
                    if (!$util.isObject(d.peers))
                        throw $TypeError(".cellmesh.v1.LocalMetrics.peers: object expected");
                    m.peers = $root.cellmesh.v1.PeerTable.fromObject(d.peers, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a LocalMetrics message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.LocalMetrics
             * @static
             * @param {cellmesh.v1.LocalMetrics} m LocalMetrics
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LocalMetrics.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.node = null;
                    d.peers = null;
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = $root.cellmesh.v1.NodeMetrics.toObject(m.node, o, q + 1);
                }
                if (m.peers != null && $Object.hasOwnProperty.call(m, "peers")) {
                    d.peers = $root.cellmesh.v1.PeerTable.toObject(m.peers, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this LocalMetrics to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.LocalMetrics
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LocalMetrics.prototype.toJSON = function() {
                return LocalMetrics.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LocalMetrics
             * @function getTypeUrl
             * @memberof cellmesh.v1.LocalMetrics
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LocalMetrics.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.LocalMetrics";
            };

            return LocalMetrics;
        })();

        v1.ClusterMetrics = (function() {

            /**
             * Properties of a ClusterMetrics.
             * @typedef {Object} cellmesh.v1.ClusterMetrics.$Properties
             * @property {string|null} [clusterId] ClusterMetrics clusterId
             * @property {Array.<string>|null} [members] ClusterMetrics members
             * @property {string|null} [membershipSource] ClusterMetrics membershipSource
             * @property {Array.<cellmesh.v1.NodeMetrics.$Properties>|null} [nodes] ClusterMetrics nodes
             * @property {Array.<string>|null} [missing] ClusterMetrics missing
             * @property {Array.<cellmesh.v1.PeerTable.$Properties>|null} [peerTables] ClusterMetrics peerTables
             * @property {number|null} [totalCpuCores] ClusterMetrics totalCpuCores
             * @property {number|null} [meanCpuLoadPct] ClusterMetrics meanCpuLoadPct
             * @property {number|null} [memTotalBytes] ClusterMetrics memTotalBytes
             * @property {number|null} [memUsedBytes] ClusterMetrics memUsedBytes
             * @property {number|null} [queueDepth] ClusterMetrics queueDepth
             * @property {number|null} [runningTasks] ClusterMetrics runningTasks
             * @property {number|null} [gpuCount] ClusterMetrics gpuCount
             * @property {number|null} [vramTotalMib] ClusterMetrics vramTotalMib
             * @property {number|null} [vramFreeMib] ClusterMetrics vramFreeMib
             * @property {number|null} [measuredLinks] ClusterMetrics measuredLinks
             * @property {number|null} [medianRttMs] ClusterMetrics medianRttMs
             * @property {number|null} [maxRttMs] ClusterMetrics maxRttMs
             * @property {number|null} [meanJitterMs] ClusterMetrics meanJitterMs
             * @property {number|null} [maxLossRatio] ClusterMetrics maxLossRatio
             * @property {number|null} [computedAtMs] ClusterMetrics computedAtMs
             * @property {boolean|null} [emulated] ClusterMetrics emulated
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClusterMetrics.
             * @memberof cellmesh.v1
             * @interface IClusterMetrics
             * @augments cellmesh.v1.ClusterMetrics.$Properties
             * @deprecated Use cellmesh.v1.ClusterMetrics.$Properties instead.
             */

            /**
             * Shape of a ClusterMetrics.
             * @typedef {cellmesh.v1.ClusterMetrics.$Properties} cellmesh.v1.ClusterMetrics.$Shape
             */

            /**
             * Constructs a new ClusterMetrics.
             * @memberof cellmesh.v1
             * @classdesc Represents a ClusterMetrics.
             * @constructor
             * @param {cellmesh.v1.ClusterMetrics.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ClusterMetrics = function (p) {
                this.members = [];
                this.nodes = [];
                this.missing = [];
                this.peerTables = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ClusterMetrics clusterId.
             * @member {string} clusterId
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.clusterId = "";

            /**
             * ClusterMetrics members.
             * @member {Array.<string>} members
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.members = $util.emptyArray;

            /**
             * ClusterMetrics membershipSource.
             * @member {string} membershipSource
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.membershipSource = "";

            /**
             * ClusterMetrics nodes.
             * @member {Array.<cellmesh.v1.NodeMetrics.$Properties>} nodes
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.nodes = $util.emptyArray;

            /**
             * ClusterMetrics missing.
             * @member {Array.<string>} missing
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.missing = $util.emptyArray;

            /**
             * ClusterMetrics peerTables.
             * @member {Array.<cellmesh.v1.PeerTable.$Properties>} peerTables
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.peerTables = $util.emptyArray;

            /**
             * ClusterMetrics totalCpuCores.
             * @member {number} totalCpuCores
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.totalCpuCores = 0;

            /**
             * ClusterMetrics meanCpuLoadPct.
             * @member {number} meanCpuLoadPct
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.meanCpuLoadPct = 0;

            /**
             * ClusterMetrics memTotalBytes.
             * @member {number} memTotalBytes
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.memTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClusterMetrics memUsedBytes.
             * @member {number} memUsedBytes
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.memUsedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClusterMetrics queueDepth.
             * @member {number} queueDepth
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.queueDepth = 0;

            /**
             * ClusterMetrics runningTasks.
             * @member {number} runningTasks
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.runningTasks = 0;

            /**
             * ClusterMetrics gpuCount.
             * @member {number} gpuCount
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.gpuCount = 0;

            /**
             * ClusterMetrics vramTotalMib.
             * @member {number} vramTotalMib
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.vramTotalMib = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClusterMetrics vramFreeMib.
             * @member {number} vramFreeMib
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.vramFreeMib = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClusterMetrics measuredLinks.
             * @member {number} measuredLinks
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.measuredLinks = 0;

            /**
             * ClusterMetrics medianRttMs.
             * @member {number} medianRttMs
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.medianRttMs = 0;

            /**
             * ClusterMetrics maxRttMs.
             * @member {number} maxRttMs
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.maxRttMs = 0;

            /**
             * ClusterMetrics meanJitterMs.
             * @member {number} meanJitterMs
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.meanJitterMs = 0;

            /**
             * ClusterMetrics maxLossRatio.
             * @member {number} maxLossRatio
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.maxLossRatio = 0;

            /**
             * ClusterMetrics computedAtMs.
             * @member {number} computedAtMs
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.computedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ClusterMetrics emulated.
             * @member {boolean} emulated
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             */
            ClusterMetrics.prototype.emulated = false;

            /**
             * Creates a new ClusterMetrics instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.ClusterMetrics
             * @static
             * @param {cellmesh.v1.ClusterMetrics.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.ClusterMetrics} ClusterMetrics instance
             * @type {{
             *   (properties: cellmesh.v1.ClusterMetrics.$Shape): cellmesh.v1.ClusterMetrics & cellmesh.v1.ClusterMetrics.$Shape;
             *   (properties?: cellmesh.v1.ClusterMetrics.$Properties): cellmesh.v1.ClusterMetrics;
             * }}
             */
            ClusterMetrics.create = function(properties) {
                return new ClusterMetrics(properties);
            };

            /**
             * Encodes the specified ClusterMetrics message. Does not implicitly {@link cellmesh.v1.ClusterMetrics.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.ClusterMetrics
             * @static
             * @param {cellmesh.v1.ClusterMetrics.$Properties} m ClusterMetrics message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClusterMetrics.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId") && m.clusterId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.clusterId);
                if (m.members != null && m.members.length) {
                    for (var i = 0; i < m.members.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.members[i]);
                }
                if (m.membershipSource != null && $Object.hasOwnProperty.call(m, "membershipSource") && m.membershipSource !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.membershipSource);
                if (m.nodes != null && m.nodes.length) {
                    for (var i = 0; i < m.nodes.length; ++i)
                        $root.cellmesh.v1.NodeMetrics.encode(m.nodes[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.missing != null && m.missing.length) {
                    for (var i = 0; i < m.missing.length; ++i)
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.missing[i]);
                }
                if (m.peerTables != null && m.peerTables.length) {
                    for (var i = 0; i < m.peerTables.length; ++i)
                        $root.cellmesh.v1.PeerTable.encode(m.peerTables[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                }
                if (m.totalCpuCores != null && $Object.hasOwnProperty.call(m, "totalCpuCores") && m.totalCpuCores !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.totalCpuCores);
                if (m.meanCpuLoadPct != null && $Object.hasOwnProperty.call(m, "meanCpuLoadPct") && !$Object.is(m.meanCpuLoadPct, 0))
                    w.uint32(/* id 8, wireType 1 =*/65).double(m.meanCpuLoadPct);
                if (m.memTotalBytes != null && $Object.hasOwnProperty.call(m, "memTotalBytes") && (typeof m.memTotalBytes === "object" ? m.memTotalBytes.low || m.memTotalBytes.high : m.memTotalBytes !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).uint64(m.memTotalBytes);
                if (m.memUsedBytes != null && $Object.hasOwnProperty.call(m, "memUsedBytes") && (typeof m.memUsedBytes === "object" ? m.memUsedBytes.low || m.memUsedBytes.high : m.memUsedBytes !== 0))
                    w.uint32(/* id 10, wireType 0 =*/80).uint64(m.memUsedBytes);
                if (m.queueDepth != null && $Object.hasOwnProperty.call(m, "queueDepth") && m.queueDepth !== 0)
                    w.uint32(/* id 11, wireType 0 =*/88).uint32(m.queueDepth);
                if (m.runningTasks != null && $Object.hasOwnProperty.call(m, "runningTasks") && m.runningTasks !== 0)
                    w.uint32(/* id 12, wireType 0 =*/96).uint32(m.runningTasks);
                if (m.gpuCount != null && $Object.hasOwnProperty.call(m, "gpuCount") && m.gpuCount !== 0)
                    w.uint32(/* id 13, wireType 0 =*/104).uint32(m.gpuCount);
                if (m.vramTotalMib != null && $Object.hasOwnProperty.call(m, "vramTotalMib") && (typeof m.vramTotalMib === "object" ? m.vramTotalMib.low || m.vramTotalMib.high : m.vramTotalMib !== 0))
                    w.uint32(/* id 14, wireType 0 =*/112).uint64(m.vramTotalMib);
                if (m.vramFreeMib != null && $Object.hasOwnProperty.call(m, "vramFreeMib") && (typeof m.vramFreeMib === "object" ? m.vramFreeMib.low || m.vramFreeMib.high : m.vramFreeMib !== 0))
                    w.uint32(/* id 15, wireType 0 =*/120).uint64(m.vramFreeMib);
                if (m.measuredLinks != null && $Object.hasOwnProperty.call(m, "measuredLinks") && m.measuredLinks !== 0)
                    w.uint32(/* id 16, wireType 0 =*/128).uint32(m.measuredLinks);
                if (m.medianRttMs != null && $Object.hasOwnProperty.call(m, "medianRttMs") && !$Object.is(m.medianRttMs, 0))
                    w.uint32(/* id 17, wireType 1 =*/137).double(m.medianRttMs);
                if (m.maxRttMs != null && $Object.hasOwnProperty.call(m, "maxRttMs") && !$Object.is(m.maxRttMs, 0))
                    w.uint32(/* id 18, wireType 1 =*/145).double(m.maxRttMs);
                if (m.meanJitterMs != null && $Object.hasOwnProperty.call(m, "meanJitterMs") && !$Object.is(m.meanJitterMs, 0))
                    w.uint32(/* id 19, wireType 1 =*/153).double(m.meanJitterMs);
                if (m.maxLossRatio != null && $Object.hasOwnProperty.call(m, "maxLossRatio") && !$Object.is(m.maxLossRatio, 0))
                    w.uint32(/* id 20, wireType 1 =*/161).double(m.maxLossRatio);
                if (m.computedAtMs != null && $Object.hasOwnProperty.call(m, "computedAtMs") && (typeof m.computedAtMs === "object" ? m.computedAtMs.low || m.computedAtMs.high : m.computedAtMs !== 0))
                    w.uint32(/* id 21, wireType 0 =*/168).int64(m.computedAtMs);
                if (m.emulated != null && $Object.hasOwnProperty.call(m, "emulated") && m.emulated !== false)
                    w.uint32(/* id 22, wireType 0 =*/176).bool(m.emulated);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ClusterMetrics message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.ClusterMetrics
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.ClusterMetrics & cellmesh.v1.ClusterMetrics.$Shape} ClusterMetrics
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClusterMetrics.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.ClusterMetrics();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.clusterId = v;
                            else
                                delete m.clusterId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.members && m.members.length))
                                m.members = [];
                            m.members.push(r.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.membershipSource = v;
                            else
                                delete m.membershipSource;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.nodes && m.nodes.length))
                                m.nodes = [];
                            m.nodes.push($root.cellmesh.v1.NodeMetrics.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.missing && m.missing.length))
                                m.missing = [];
                            m.missing.push(r.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.peerTables && m.peerTables.length))
                                m.peerTables = [];
                            m.peerTables.push($root.cellmesh.v1.PeerTable.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.totalCpuCores = v;
                            else
                                delete m.totalCpuCores;
                            continue;
                        }
                    case 8: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.meanCpuLoadPct = v;
                            else
                                delete m.meanCpuLoadPct;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.memTotalBytes = v;
                            else
                                delete m.memTotalBytes;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.memUsedBytes = v;
                            else
                                delete m.memUsedBytes;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.queueDepth = v;
                            else
                                delete m.queueDepth;
                            continue;
                        }
                    case 12: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.runningTasks = v;
                            else
                                delete m.runningTasks;
                            continue;
                        }
                    case 13: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.gpuCount = v;
                            else
                                delete m.gpuCount;
                            continue;
                        }
                    case 14: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.vramTotalMib = v;
                            else
                                delete m.vramTotalMib;
                            continue;
                        }
                    case 15: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.vramFreeMib = v;
                            else
                                delete m.vramFreeMib;
                            continue;
                        }
                    case 16: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.measuredLinks = v;
                            else
                                delete m.measuredLinks;
                            continue;
                        }
                    case 17: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.medianRttMs = v;
                            else
                                delete m.medianRttMs;
                            continue;
                        }
                    case 18: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.maxRttMs = v;
                            else
                                delete m.maxRttMs;
                            continue;
                        }
                    case 19: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.meanJitterMs = v;
                            else
                                delete m.meanJitterMs;
                            continue;
                        }
                    case 20: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.maxLossRatio = v;
                            else
                                delete m.maxLossRatio;
                            continue;
                        }
                    case 21: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.computedAtMs = v;
                            else
                                delete m.computedAtMs;
                            continue;
                        }
                    case 22: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.emulated = v;
                            else
                                delete m.emulated;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a ClusterMetrics message.
             * @function verify
             * @memberof cellmesh.v1.ClusterMetrics
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClusterMetrics.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    if (!$util.isString(m.clusterId))
                        return "clusterId: string expected";
                }
                if (m.members != null && $Object.hasOwnProperty.call(m, "members")) {
                    if (!$Array.isArray(m.members))
                        return "members: array expected";
                    for (var i = 0; i < m.members.length; ++i) {
                        if (!$util.isString(m.members[i]))
                            return "members: string[] expected";
                    }
                }
                if (m.membershipSource != null && $Object.hasOwnProperty.call(m, "membershipSource")) {
                    if (!$util.isString(m.membershipSource))
                        return "membershipSource: string expected";
                }
                if (m.nodes != null && $Object.hasOwnProperty.call(m, "nodes")) {
                    if (!$Array.isArray(m.nodes))
                        return "nodes: array expected";
                    for (var i = 0; i < m.nodes.length; ++i) {
                        {
                            var e = $root.cellmesh.v1.NodeMetrics.verify(m.nodes[i], q + 1);
                            if (e)
                                return "nodes." + e;
                        }
                    }
                }
                if (m.missing != null && $Object.hasOwnProperty.call(m, "missing")) {
                    if (!$Array.isArray(m.missing))
                        return "missing: array expected";
                    for (var i = 0; i < m.missing.length; ++i) {
                        if (!$util.isString(m.missing[i]))
                            return "missing: string[] expected";
                    }
                }
                if (m.peerTables != null && $Object.hasOwnProperty.call(m, "peerTables")) {
                    if (!$Array.isArray(m.peerTables))
                        return "peerTables: array expected";
                    for (var i = 0; i < m.peerTables.length; ++i) {
                        {
                            var e = $root.cellmesh.v1.PeerTable.verify(m.peerTables[i], q + 1);
                            if (e)
                                return "peerTables." + e;
                        }
                    }
                }
                if (m.totalCpuCores != null && $Object.hasOwnProperty.call(m, "totalCpuCores")) {
                    if (!$util.isInteger(m.totalCpuCores))
                        return "totalCpuCores: integer expected";
                }
                if (m.meanCpuLoadPct != null && $Object.hasOwnProperty.call(m, "meanCpuLoadPct")) {
                    if (typeof m.meanCpuLoadPct !== "number")
                        return "meanCpuLoadPct: number expected";
                }
                if (m.memTotalBytes != null && $Object.hasOwnProperty.call(m, "memTotalBytes")) {
                    if (!$util.isInteger(m.memTotalBytes) && !(m.memTotalBytes && $util.isInteger(m.memTotalBytes.low) && $util.isInteger(m.memTotalBytes.high)))
                        return "memTotalBytes: integer|Long expected";
                }
                if (m.memUsedBytes != null && $Object.hasOwnProperty.call(m, "memUsedBytes")) {
                    if (!$util.isInteger(m.memUsedBytes) && !(m.memUsedBytes && $util.isInteger(m.memUsedBytes.low) && $util.isInteger(m.memUsedBytes.high)))
                        return "memUsedBytes: integer|Long expected";
                }
                if (m.queueDepth != null && $Object.hasOwnProperty.call(m, "queueDepth")) {
                    if (!$util.isInteger(m.queueDepth))
                        return "queueDepth: integer expected";
                }
                if (m.runningTasks != null && $Object.hasOwnProperty.call(m, "runningTasks")) {
                    if (!$util.isInteger(m.runningTasks))
                        return "runningTasks: integer expected";
                }
                if (m.gpuCount != null && $Object.hasOwnProperty.call(m, "gpuCount")) {
                    if (!$util.isInteger(m.gpuCount))
                        return "gpuCount: integer expected";
                }
                if (m.vramTotalMib != null && $Object.hasOwnProperty.call(m, "vramTotalMib")) {
                    if (!$util.isInteger(m.vramTotalMib) && !(m.vramTotalMib && $util.isInteger(m.vramTotalMib.low) && $util.isInteger(m.vramTotalMib.high)))
                        return "vramTotalMib: integer|Long expected";
                }
                if (m.vramFreeMib != null && $Object.hasOwnProperty.call(m, "vramFreeMib")) {
                    if (!$util.isInteger(m.vramFreeMib) && !(m.vramFreeMib && $util.isInteger(m.vramFreeMib.low) && $util.isInteger(m.vramFreeMib.high)))
                        return "vramFreeMib: integer|Long expected";
                }
                if (m.measuredLinks != null && $Object.hasOwnProperty.call(m, "measuredLinks")) {
                    if (!$util.isInteger(m.measuredLinks))
                        return "measuredLinks: integer expected";
                }
                if (m.medianRttMs != null && $Object.hasOwnProperty.call(m, "medianRttMs")) {
                    if (typeof m.medianRttMs !== "number")
                        return "medianRttMs: number expected";
                }
                if (m.maxRttMs != null && $Object.hasOwnProperty.call(m, "maxRttMs")) {
                    if (typeof m.maxRttMs !== "number")
                        return "maxRttMs: number expected";
                }
                if (m.meanJitterMs != null && $Object.hasOwnProperty.call(m, "meanJitterMs")) {
                    if (typeof m.meanJitterMs !== "number")
                        return "meanJitterMs: number expected";
                }
                if (m.maxLossRatio != null && $Object.hasOwnProperty.call(m, "maxLossRatio")) {
                    if (typeof m.maxLossRatio !== "number")
                        return "maxLossRatio: number expected";
                }
                if (m.computedAtMs != null && $Object.hasOwnProperty.call(m, "computedAtMs")) {
                    if (!$util.isInteger(m.computedAtMs) && !(m.computedAtMs && $util.isInteger(m.computedAtMs.low) && $util.isInteger(m.computedAtMs.high)))
                        return "computedAtMs: integer|Long expected";
                }
                if (m.emulated != null && $Object.hasOwnProperty.call(m, "emulated")) {
                    if (typeof m.emulated !== "boolean")
                        return "emulated: boolean expected";
                }
                return null;
            };

            /**
             * Creates a ClusterMetrics message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.ClusterMetrics
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.ClusterMetrics} ClusterMetrics
             */
            ClusterMetrics.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.ClusterMetrics)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.ClusterMetrics: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.ClusterMetrics();
                if (d.clusterId != null) {
                    if (typeof d.clusterId !== "string" || d.clusterId.length) {
                        m.clusterId = $String(d.clusterId);
                    }
                }
                if (d.members) {
                    if (!$Array.isArray(d.members))
                        throw $TypeError(".cellmesh.v1.ClusterMetrics.members: array expected");
                    m.members = $Array(d.members.length);
                    for (var i = 0; i < d.members.length; ++i) {
                        m.members[i] = $String(d.members[i]);
                    }
                }
                if (d.membershipSource != null) {
                    if (typeof d.membershipSource !== "string" || d.membershipSource.length) {
                        m.membershipSource = $String(d.membershipSource);
                    }
                }
                if (d.nodes) {
                    if (!$Array.isArray(d.nodes))
                        throw $TypeError(".cellmesh.v1.ClusterMetrics.nodes: array expected");
                    m.nodes = $Array(d.nodes.length);
                    for (var i = 0; i < d.nodes.length; ++i) {
                        if (!$util.isObject(d.nodes[i]))
                            throw $TypeError(".cellmesh.v1.ClusterMetrics.nodes: object expected");
                        m.nodes[i] = $root.cellmesh.v1.NodeMetrics.fromObject(d.nodes[i], q + 1);
                    }
                }
                if (d.missing) {
                    if (!$Array.isArray(d.missing))
                        throw $TypeError(".cellmesh.v1.ClusterMetrics.missing: array expected");
                    m.missing = $Array(d.missing.length);
                    for (var i = 0; i < d.missing.length; ++i) {
                        m.missing[i] = $String(d.missing[i]);
                    }
                }
                if (d.peerTables) {
                    if (!$Array.isArray(d.peerTables))
                        throw $TypeError(".cellmesh.v1.ClusterMetrics.peerTables: array expected");
                    m.peerTables = $Array(d.peerTables.length);
                    for (var i = 0; i < d.peerTables.length; ++i) {
                        if (!$util.isObject(d.peerTables[i]))
                            throw $TypeError(".cellmesh.v1.ClusterMetrics.peerTables: object expected");
                        m.peerTables[i] = $root.cellmesh.v1.PeerTable.fromObject(d.peerTables[i], q + 1);
                    }
                }
                if (d.totalCpuCores != null) {
                    if ($Number(d.totalCpuCores) !== 0) {
                        m.totalCpuCores = d.totalCpuCores >>> 0;
                    }
                }
                if (d.meanCpuLoadPct != null) {
                    if (!$Object.is($Number(d.meanCpuLoadPct), 0)) {
                        m.meanCpuLoadPct = $Number(d.meanCpuLoadPct);
                    }
                }
                if (d.memTotalBytes != null) {
                    if (typeof d.memTotalBytes === "object" ? d.memTotalBytes.low || d.memTotalBytes.high : $Number(d.memTotalBytes) !== 0) {
                        if ($util.Long)
                            m.memTotalBytes = $util.Long.fromValue(d.memTotalBytes, true);
                        else if (typeof d.memTotalBytes === "string")
                            m.memTotalBytes = $parseInt(d.memTotalBytes, 10);
                        else if (typeof d.memTotalBytes === "number")
                            m.memTotalBytes = d.memTotalBytes;
                        else if (typeof d.memTotalBytes === "object")
                            m.memTotalBytes = new $util.LongBits(d.memTotalBytes.low >>> 0, d.memTotalBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.memUsedBytes != null) {
                    if (typeof d.memUsedBytes === "object" ? d.memUsedBytes.low || d.memUsedBytes.high : $Number(d.memUsedBytes) !== 0) {
                        if ($util.Long)
                            m.memUsedBytes = $util.Long.fromValue(d.memUsedBytes, true);
                        else if (typeof d.memUsedBytes === "string")
                            m.memUsedBytes = $parseInt(d.memUsedBytes, 10);
                        else if (typeof d.memUsedBytes === "number")
                            m.memUsedBytes = d.memUsedBytes;
                        else if (typeof d.memUsedBytes === "object")
                            m.memUsedBytes = new $util.LongBits(d.memUsedBytes.low >>> 0, d.memUsedBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.queueDepth != null) {
                    if ($Number(d.queueDepth) !== 0) {
                        m.queueDepth = d.queueDepth >>> 0;
                    }
                }
                if (d.runningTasks != null) {
                    if ($Number(d.runningTasks) !== 0) {
                        m.runningTasks = d.runningTasks >>> 0;
                    }
                }
                if (d.gpuCount != null) {
                    if ($Number(d.gpuCount) !== 0) {
                        m.gpuCount = d.gpuCount >>> 0;
                    }
                }
                if (d.vramTotalMib != null) {
                    if (typeof d.vramTotalMib === "object" ? d.vramTotalMib.low || d.vramTotalMib.high : $Number(d.vramTotalMib) !== 0) {
                        if ($util.Long)
                            m.vramTotalMib = $util.Long.fromValue(d.vramTotalMib, true);
                        else if (typeof d.vramTotalMib === "string")
                            m.vramTotalMib = $parseInt(d.vramTotalMib, 10);
                        else if (typeof d.vramTotalMib === "number")
                            m.vramTotalMib = d.vramTotalMib;
                        else if (typeof d.vramTotalMib === "object")
                            m.vramTotalMib = new $util.LongBits(d.vramTotalMib.low >>> 0, d.vramTotalMib.high >>> 0).toNumber(true);
                    }
                }
                if (d.vramFreeMib != null) {
                    if (typeof d.vramFreeMib === "object" ? d.vramFreeMib.low || d.vramFreeMib.high : $Number(d.vramFreeMib) !== 0) {
                        if ($util.Long)
                            m.vramFreeMib = $util.Long.fromValue(d.vramFreeMib, true);
                        else if (typeof d.vramFreeMib === "string")
                            m.vramFreeMib = $parseInt(d.vramFreeMib, 10);
                        else if (typeof d.vramFreeMib === "number")
                            m.vramFreeMib = d.vramFreeMib;
                        else if (typeof d.vramFreeMib === "object")
                            m.vramFreeMib = new $util.LongBits(d.vramFreeMib.low >>> 0, d.vramFreeMib.high >>> 0).toNumber(true);
                    }
                }
                if (d.measuredLinks != null) {
                    if ($Number(d.measuredLinks) !== 0) {
                        m.measuredLinks = d.measuredLinks >>> 0;
                    }
                }
                if (d.medianRttMs != null) {
                    if (!$Object.is($Number(d.medianRttMs), 0)) {
                        m.medianRttMs = $Number(d.medianRttMs);
                    }
                }
                if (d.maxRttMs != null) {
                    if (!$Object.is($Number(d.maxRttMs), 0)) {
                        m.maxRttMs = $Number(d.maxRttMs);
                    }
                }
                if (d.meanJitterMs != null) {
                    if (!$Object.is($Number(d.meanJitterMs), 0)) {
                        m.meanJitterMs = $Number(d.meanJitterMs);
                    }
                }
                if (d.maxLossRatio != null) {
                    if (!$Object.is($Number(d.maxLossRatio), 0)) {
                        m.maxLossRatio = $Number(d.maxLossRatio);
                    }
                }
                if (d.computedAtMs != null) {
                    if (typeof d.computedAtMs === "object" ? d.computedAtMs.low || d.computedAtMs.high : $Number(d.computedAtMs) !== 0) {
                        if ($util.Long)
                            m.computedAtMs = $util.Long.fromValue(d.computedAtMs, false);
                        else if (typeof d.computedAtMs === "string")
                            m.computedAtMs = $parseInt(d.computedAtMs, 10);
                        else if (typeof d.computedAtMs === "number")
                            m.computedAtMs = d.computedAtMs;
                        else if (typeof d.computedAtMs === "object")
                            m.computedAtMs = new $util.LongBits(d.computedAtMs.low >>> 0, d.computedAtMs.high >>> 0).toNumber();
                    }
                }
                if (d.emulated != null) {
                    if (d.emulated) {
                        m.emulated = $Boolean(d.emulated);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ClusterMetrics message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.ClusterMetrics
             * @static
             * @param {cellmesh.v1.ClusterMetrics} m ClusterMetrics
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClusterMetrics.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.members = [];
                    d.nodes = [];
                    d.missing = [];
                    d.peerTables = [];
                }
                if (o.defaults) {
                    d.clusterId = "";
                    d.membershipSource = "";
                    d.totalCpuCores = 0;
                    d.meanCpuLoadPct = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.memTotalBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.memTotalBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.memUsedBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.memUsedBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.queueDepth = 0;
                    d.runningTasks = 0;
                    d.gpuCount = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.vramTotalMib = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.vramTotalMib = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.vramFreeMib = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.vramFreeMib = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.measuredLinks = 0;
                    d.medianRttMs = 0;
                    d.maxRttMs = 0;
                    d.meanJitterMs = 0;
                    d.maxLossRatio = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.computedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.computedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.emulated = false;
                }
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    d.clusterId = m.clusterId;
                }
                if (m.members && m.members.length) {
                    d.members = $Array(m.members.length);
                    for (var j = 0; j < m.members.length; ++j) {
                        d.members[j] = m.members[j];
                    }
                }
                if (m.membershipSource != null && $Object.hasOwnProperty.call(m, "membershipSource")) {
                    d.membershipSource = m.membershipSource;
                }
                if (m.nodes && m.nodes.length) {
                    d.nodes = $Array(m.nodes.length);
                    for (var j = 0; j < m.nodes.length; ++j) {
                        d.nodes[j] = $root.cellmesh.v1.NodeMetrics.toObject(m.nodes[j], o, q + 1);
                    }
                }
                if (m.missing && m.missing.length) {
                    d.missing = $Array(m.missing.length);
                    for (var j = 0; j < m.missing.length; ++j) {
                        d.missing[j] = m.missing[j];
                    }
                }
                if (m.peerTables && m.peerTables.length) {
                    d.peerTables = $Array(m.peerTables.length);
                    for (var j = 0; j < m.peerTables.length; ++j) {
                        d.peerTables[j] = $root.cellmesh.v1.PeerTable.toObject(m.peerTables[j], o, q + 1);
                    }
                }
                if (m.totalCpuCores != null && $Object.hasOwnProperty.call(m, "totalCpuCores")) {
                    d.totalCpuCores = m.totalCpuCores;
                }
                if (m.meanCpuLoadPct != null && $Object.hasOwnProperty.call(m, "meanCpuLoadPct")) {
                    d.meanCpuLoadPct = o.json && !$isFinite(m.meanCpuLoadPct) ? $String(m.meanCpuLoadPct) : m.meanCpuLoadPct;
                }
                if (m.memTotalBytes != null && $Object.hasOwnProperty.call(m, "memTotalBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.memTotalBytes = typeof m.memTotalBytes === "number" ? $BigInt(m.memTotalBytes) : $util.Long.fromBits(m.memTotalBytes.low >>> 0, m.memTotalBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.memTotalBytes === "number")
                        d.memTotalBytes = o.longs === $String ? $String(m.memTotalBytes) : m.memTotalBytes;
                    else
                        d.memTotalBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.memTotalBytes) : o.longs === $Number ? new $util.LongBits(m.memTotalBytes.low >>> 0, m.memTotalBytes.high >>> 0).toNumber(true) : m.memTotalBytes;
                }
                if (m.memUsedBytes != null && $Object.hasOwnProperty.call(m, "memUsedBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.memUsedBytes = typeof m.memUsedBytes === "number" ? $BigInt(m.memUsedBytes) : $util.Long.fromBits(m.memUsedBytes.low >>> 0, m.memUsedBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.memUsedBytes === "number")
                        d.memUsedBytes = o.longs === $String ? $String(m.memUsedBytes) : m.memUsedBytes;
                    else
                        d.memUsedBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.memUsedBytes) : o.longs === $Number ? new $util.LongBits(m.memUsedBytes.low >>> 0, m.memUsedBytes.high >>> 0).toNumber(true) : m.memUsedBytes;
                }
                if (m.queueDepth != null && $Object.hasOwnProperty.call(m, "queueDepth")) {
                    d.queueDepth = m.queueDepth;
                }
                if (m.runningTasks != null && $Object.hasOwnProperty.call(m, "runningTasks")) {
                    d.runningTasks = m.runningTasks;
                }
                if (m.gpuCount != null && $Object.hasOwnProperty.call(m, "gpuCount")) {
                    d.gpuCount = m.gpuCount;
                }
                if (m.vramTotalMib != null && $Object.hasOwnProperty.call(m, "vramTotalMib")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.vramTotalMib = typeof m.vramTotalMib === "number" ? $BigInt(m.vramTotalMib) : $util.Long.fromBits(m.vramTotalMib.low >>> 0, m.vramTotalMib.high >>> 0, true).toBigInt();
                    else if (typeof m.vramTotalMib === "number")
                        d.vramTotalMib = o.longs === $String ? $String(m.vramTotalMib) : m.vramTotalMib;
                    else
                        d.vramTotalMib = o.longs === $String ? $util.Long.prototype.toString.call(m.vramTotalMib) : o.longs === $Number ? new $util.LongBits(m.vramTotalMib.low >>> 0, m.vramTotalMib.high >>> 0).toNumber(true) : m.vramTotalMib;
                }
                if (m.vramFreeMib != null && $Object.hasOwnProperty.call(m, "vramFreeMib")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.vramFreeMib = typeof m.vramFreeMib === "number" ? $BigInt(m.vramFreeMib) : $util.Long.fromBits(m.vramFreeMib.low >>> 0, m.vramFreeMib.high >>> 0, true).toBigInt();
                    else if (typeof m.vramFreeMib === "number")
                        d.vramFreeMib = o.longs === $String ? $String(m.vramFreeMib) : m.vramFreeMib;
                    else
                        d.vramFreeMib = o.longs === $String ? $util.Long.prototype.toString.call(m.vramFreeMib) : o.longs === $Number ? new $util.LongBits(m.vramFreeMib.low >>> 0, m.vramFreeMib.high >>> 0).toNumber(true) : m.vramFreeMib;
                }
                if (m.measuredLinks != null && $Object.hasOwnProperty.call(m, "measuredLinks")) {
                    d.measuredLinks = m.measuredLinks;
                }
                if (m.medianRttMs != null && $Object.hasOwnProperty.call(m, "medianRttMs")) {
                    d.medianRttMs = o.json && !$isFinite(m.medianRttMs) ? $String(m.medianRttMs) : m.medianRttMs;
                }
                if (m.maxRttMs != null && $Object.hasOwnProperty.call(m, "maxRttMs")) {
                    d.maxRttMs = o.json && !$isFinite(m.maxRttMs) ? $String(m.maxRttMs) : m.maxRttMs;
                }
                if (m.meanJitterMs != null && $Object.hasOwnProperty.call(m, "meanJitterMs")) {
                    d.meanJitterMs = o.json && !$isFinite(m.meanJitterMs) ? $String(m.meanJitterMs) : m.meanJitterMs;
                }
                if (m.maxLossRatio != null && $Object.hasOwnProperty.call(m, "maxLossRatio")) {
                    d.maxLossRatio = o.json && !$isFinite(m.maxLossRatio) ? $String(m.maxLossRatio) : m.maxLossRatio;
                }
                if (m.computedAtMs != null && $Object.hasOwnProperty.call(m, "computedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.computedAtMs = typeof m.computedAtMs === "number" ? $BigInt(m.computedAtMs) : $util.Long.fromBits(m.computedAtMs.low >>> 0, m.computedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.computedAtMs === "number")
                        d.computedAtMs = o.longs === $String ? $String(m.computedAtMs) : m.computedAtMs;
                    else
                        d.computedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.computedAtMs) : o.longs === $Number ? new $util.LongBits(m.computedAtMs.low >>> 0, m.computedAtMs.high >>> 0).toNumber() : m.computedAtMs;
                }
                if (m.emulated != null && $Object.hasOwnProperty.call(m, "emulated")) {
                    d.emulated = m.emulated;
                }
                return d;
            };

            /**
             * Converts this ClusterMetrics to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.ClusterMetrics
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClusterMetrics.prototype.toJSON = function() {
                return ClusterMetrics.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClusterMetrics
             * @function getTypeUrl
             * @memberof cellmesh.v1.ClusterMetrics
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClusterMetrics.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.ClusterMetrics";
            };

            return ClusterMetrics;
        })();

        v1.ClusterAnnounce = (function() {

            /**
             * Properties of a ClusterAnnounce.
             * @typedef {Object} cellmesh.v1.ClusterAnnounce.$Properties
             * @property {string|null} [nodeId] ClusterAnnounce nodeId
             * @property {string|null} [clusterId] ClusterAnnounce clusterId
             * @property {number|null} [round] ClusterAnnounce round
             * @property {cellmesh.v1.NetCoord.$Properties|null} [coord] ClusterAnnounce coord
             * @property {boolean|null} [acceptsComputeHeavy] ClusterAnnounce acceptsComputeHeavy
             * @property {number|null} [fanoutLimit] ClusterAnnounce fanoutLimit
             * @property {string|null} [relayId] ClusterAnnounce relayId
             * @property {string|null} [parentId] ClusterAnnounce parentId
             * @property {number|null} [announcedAtMs] ClusterAnnounce announcedAtMs
             * @property {string|null} [site] ClusterAnnounce site
             * @property {number|null} [clusterHops] ClusterAnnounce clusterHops
             * @property {string|null} [because] ClusterAnnounce because
             * @property {boolean|null} [emulated] ClusterAnnounce emulated
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClusterAnnounce.
             * @memberof cellmesh.v1
             * @interface IClusterAnnounce
             * @augments cellmesh.v1.ClusterAnnounce.$Properties
             * @deprecated Use cellmesh.v1.ClusterAnnounce.$Properties instead.
             */

            /**
             * Shape of a ClusterAnnounce.
             * @typedef {cellmesh.v1.ClusterAnnounce.$Properties} cellmesh.v1.ClusterAnnounce.$Shape
             */

            /**
             * Constructs a new ClusterAnnounce.
             * @memberof cellmesh.v1
             * @classdesc Represents a ClusterAnnounce.
             * @constructor
             * @param {cellmesh.v1.ClusterAnnounce.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ClusterAnnounce = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ClusterAnnounce nodeId.
             * @member {string} nodeId
             * @memberof cellmesh.v1.ClusterAnnounce
             * @instance
             */
            ClusterAnnounce.prototype.nodeId = "";

            /**
             * ClusterAnnounce clusterId.
             * @member {string} clusterId
             * @memberof cellmesh.v1.ClusterAnnounce
             * @instance
             */
            ClusterAnnounce.prototype.clusterId = "";

            /**
             * ClusterAnnounce round.
             * @member {number} round
             * @memberof cellmesh.v1.ClusterAnnounce
             * @instance
             */
            ClusterAnnounce.prototype.round = 0;

            /**
             * ClusterAnnounce coord.
             * @member {cellmesh.v1.NetCoord.$Properties|null|undefined} coord
             * @memberof cellmesh.v1.ClusterAnnounce
             * @instance
             */
            ClusterAnnounce.prototype.coord = null;

            /**
             * ClusterAnnounce acceptsComputeHeavy.
             * @member {boolean} acceptsComputeHeavy
             * @memberof cellmesh.v1.ClusterAnnounce
             * @instance
             */
            ClusterAnnounce.prototype.acceptsComputeHeavy = false;

            /**
             * ClusterAnnounce fanoutLimit.
             * @member {number} fanoutLimit
             * @memberof cellmesh.v1.ClusterAnnounce
             * @instance
             */
            ClusterAnnounce.prototype.fanoutLimit = 0;

            /**
             * ClusterAnnounce relayId.
             * @member {string} relayId
             * @memberof cellmesh.v1.ClusterAnnounce
             * @instance
             */
            ClusterAnnounce.prototype.relayId = "";

            /**
             * ClusterAnnounce parentId.
             * @member {string} parentId
             * @memberof cellmesh.v1.ClusterAnnounce
             * @instance
             */
            ClusterAnnounce.prototype.parentId = "";

            /**
             * ClusterAnnounce announcedAtMs.
             * @member {number} announcedAtMs
             * @memberof cellmesh.v1.ClusterAnnounce
             * @instance
             */
            ClusterAnnounce.prototype.announcedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ClusterAnnounce site.
             * @member {string} site
             * @memberof cellmesh.v1.ClusterAnnounce
             * @instance
             */
            ClusterAnnounce.prototype.site = "";

            /**
             * ClusterAnnounce clusterHops.
             * @member {number} clusterHops
             * @memberof cellmesh.v1.ClusterAnnounce
             * @instance
             */
            ClusterAnnounce.prototype.clusterHops = 0;

            /**
             * ClusterAnnounce because.
             * @member {string} because
             * @memberof cellmesh.v1.ClusterAnnounce
             * @instance
             */
            ClusterAnnounce.prototype.because = "";

            /**
             * ClusterAnnounce emulated.
             * @member {boolean} emulated
             * @memberof cellmesh.v1.ClusterAnnounce
             * @instance
             */
            ClusterAnnounce.prototype.emulated = false;

            /**
             * Creates a new ClusterAnnounce instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.ClusterAnnounce
             * @static
             * @param {cellmesh.v1.ClusterAnnounce.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.ClusterAnnounce} ClusterAnnounce instance
             * @type {{
             *   (properties: cellmesh.v1.ClusterAnnounce.$Shape): cellmesh.v1.ClusterAnnounce & cellmesh.v1.ClusterAnnounce.$Shape;
             *   (properties?: cellmesh.v1.ClusterAnnounce.$Properties): cellmesh.v1.ClusterAnnounce;
             * }}
             */
            ClusterAnnounce.create = function(properties) {
                return new ClusterAnnounce(properties);
            };

            /**
             * Encodes the specified ClusterAnnounce message. Does not implicitly {@link cellmesh.v1.ClusterAnnounce.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.ClusterAnnounce
             * @static
             * @param {cellmesh.v1.ClusterAnnounce.$Properties} m ClusterAnnounce message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClusterAnnounce.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId") && m.clusterId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.clusterId);
                if (m.round != null && $Object.hasOwnProperty.call(m, "round") && m.round !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.round);
                if (m.coord != null && $Object.hasOwnProperty.call(m, "coord"))
                    $root.cellmesh.v1.NetCoord.encode(m.coord, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.acceptsComputeHeavy != null && $Object.hasOwnProperty.call(m, "acceptsComputeHeavy") && m.acceptsComputeHeavy !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.acceptsComputeHeavy);
                if (m.fanoutLimit != null && $Object.hasOwnProperty.call(m, "fanoutLimit") && m.fanoutLimit !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.fanoutLimit);
                if (m.relayId != null && $Object.hasOwnProperty.call(m, "relayId") && m.relayId !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.relayId);
                if (m.parentId != null && $Object.hasOwnProperty.call(m, "parentId") && m.parentId !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.parentId);
                if (m.announcedAtMs != null && $Object.hasOwnProperty.call(m, "announcedAtMs") && (typeof m.announcedAtMs === "object" ? m.announcedAtMs.low || m.announcedAtMs.high : m.announcedAtMs !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).int64(m.announcedAtMs);
                if (m.site != null && $Object.hasOwnProperty.call(m, "site") && m.site !== "")
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.site);
                if (m.clusterHops != null && $Object.hasOwnProperty.call(m, "clusterHops") && m.clusterHops !== 0)
                    w.uint32(/* id 11, wireType 0 =*/88).uint32(m.clusterHops);
                if (m.because != null && $Object.hasOwnProperty.call(m, "because") && m.because !== "")
                    w.uint32(/* id 12, wireType 2 =*/98).string(m.because);
                if (m.emulated != null && $Object.hasOwnProperty.call(m, "emulated") && m.emulated !== false)
                    w.uint32(/* id 13, wireType 0 =*/104).bool(m.emulated);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ClusterAnnounce message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.ClusterAnnounce
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.ClusterAnnounce & cellmesh.v1.ClusterAnnounce.$Shape} ClusterAnnounce
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClusterAnnounce.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.ClusterAnnounce();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.clusterId = v;
                            else
                                delete m.clusterId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.round = v;
                            else
                                delete m.round;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.coord = $root.cellmesh.v1.NetCoord.decode(r, r.size(), $undefined, q + 1, m.coord);
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.acceptsComputeHeavy = v;
                            else
                                delete m.acceptsComputeHeavy;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.fanoutLimit = v;
                            else
                                delete m.fanoutLimit;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.relayId = v;
                            else
                                delete m.relayId;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.parentId = v;
                            else
                                delete m.parentId;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.announcedAtMs = v;
                            else
                                delete m.announcedAtMs;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.site = v;
                            else
                                delete m.site;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.clusterHops = v;
                            else
                                delete m.clusterHops;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.because = v;
                            else
                                delete m.because;
                            continue;
                        }
                    case 13: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.emulated = v;
                            else
                                delete m.emulated;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a ClusterAnnounce message.
             * @function verify
             * @memberof cellmesh.v1.ClusterAnnounce
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClusterAnnounce.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    if (!$util.isString(m.nodeId))
                        return "nodeId: string expected";
                }
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    if (!$util.isString(m.clusterId))
                        return "clusterId: string expected";
                }
                if (m.round != null && $Object.hasOwnProperty.call(m, "round")) {
                    if (!$util.isInteger(m.round))
                        return "round: integer expected";
                }
                if (m.coord != null && $Object.hasOwnProperty.call(m, "coord")) {
                    {
                        var e = $root.cellmesh.v1.NetCoord.verify(m.coord, q + 1);
                        if (e)
                            return "coord." + e;
                    }
                }
                if (m.acceptsComputeHeavy != null && $Object.hasOwnProperty.call(m, "acceptsComputeHeavy")) {
                    if (typeof m.acceptsComputeHeavy !== "boolean")
                        return "acceptsComputeHeavy: boolean expected";
                }
                if (m.fanoutLimit != null && $Object.hasOwnProperty.call(m, "fanoutLimit")) {
                    if (!$util.isInteger(m.fanoutLimit))
                        return "fanoutLimit: integer expected";
                }
                if (m.relayId != null && $Object.hasOwnProperty.call(m, "relayId")) {
                    if (!$util.isString(m.relayId))
                        return "relayId: string expected";
                }
                if (m.parentId != null && $Object.hasOwnProperty.call(m, "parentId")) {
                    if (!$util.isString(m.parentId))
                        return "parentId: string expected";
                }
                if (m.announcedAtMs != null && $Object.hasOwnProperty.call(m, "announcedAtMs")) {
                    if (!$util.isInteger(m.announcedAtMs) && !(m.announcedAtMs && $util.isInteger(m.announcedAtMs.low) && $util.isInteger(m.announcedAtMs.high)))
                        return "announcedAtMs: integer|Long expected";
                }
                if (m.site != null && $Object.hasOwnProperty.call(m, "site")) {
                    if (!$util.isString(m.site))
                        return "site: string expected";
                }
                if (m.clusterHops != null && $Object.hasOwnProperty.call(m, "clusterHops")) {
                    if (!$util.isInteger(m.clusterHops))
                        return "clusterHops: integer expected";
                }
                if (m.because != null && $Object.hasOwnProperty.call(m, "because")) {
                    if (!$util.isString(m.because))
                        return "because: string expected";
                }
                if (m.emulated != null && $Object.hasOwnProperty.call(m, "emulated")) {
                    if (typeof m.emulated !== "boolean")
                        return "emulated: boolean expected";
                }
                return null;
            };

            /**
             * Creates a ClusterAnnounce message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.ClusterAnnounce
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.ClusterAnnounce} ClusterAnnounce
             */
            ClusterAnnounce.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.ClusterAnnounce)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.ClusterAnnounce: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.ClusterAnnounce();
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.clusterId != null) {
                    if (typeof d.clusterId !== "string" || d.clusterId.length) {
                        m.clusterId = $String(d.clusterId);
                    }
                }
                if (d.round != null) {
                    if ($Number(d.round) !== 0) {
                        m.round = d.round >>> 0;
                    }
                }
                if (d.coord != null) {
                    if (!$util.isObject(d.coord))
                        throw $TypeError(".cellmesh.v1.ClusterAnnounce.coord: object expected");
                    m.coord = $root.cellmesh.v1.NetCoord.fromObject(d.coord, q + 1);
                }
                if (d.acceptsComputeHeavy != null) {
                    if (d.acceptsComputeHeavy) {
                        m.acceptsComputeHeavy = $Boolean(d.acceptsComputeHeavy);
                    }
                }
                if (d.fanoutLimit != null) {
                    if ($Number(d.fanoutLimit) !== 0) {
                        m.fanoutLimit = d.fanoutLimit >>> 0;
                    }
                }
                if (d.relayId != null) {
                    if (typeof d.relayId !== "string" || d.relayId.length) {
                        m.relayId = $String(d.relayId);
                    }
                }
                if (d.parentId != null) {
                    if (typeof d.parentId !== "string" || d.parentId.length) {
                        m.parentId = $String(d.parentId);
                    }
                }
                if (d.announcedAtMs != null) {
                    if (typeof d.announcedAtMs === "object" ? d.announcedAtMs.low || d.announcedAtMs.high : $Number(d.announcedAtMs) !== 0) {
                        if ($util.Long)
                            m.announcedAtMs = $util.Long.fromValue(d.announcedAtMs, false);
                        else if (typeof d.announcedAtMs === "string")
                            m.announcedAtMs = $parseInt(d.announcedAtMs, 10);
                        else if (typeof d.announcedAtMs === "number")
                            m.announcedAtMs = d.announcedAtMs;
                        else if (typeof d.announcedAtMs === "object")
                            m.announcedAtMs = new $util.LongBits(d.announcedAtMs.low >>> 0, d.announcedAtMs.high >>> 0).toNumber();
                    }
                }
                if (d.site != null) {
                    if (typeof d.site !== "string" || d.site.length) {
                        m.site = $String(d.site);
                    }
                }
                if (d.clusterHops != null) {
                    if ($Number(d.clusterHops) !== 0) {
                        m.clusterHops = d.clusterHops >>> 0;
                    }
                }
                if (d.because != null) {
                    if (typeof d.because !== "string" || d.because.length) {
                        m.because = $String(d.because);
                    }
                }
                if (d.emulated != null) {
                    if (d.emulated) {
                        m.emulated = $Boolean(d.emulated);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ClusterAnnounce message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.ClusterAnnounce
             * @static
             * @param {cellmesh.v1.ClusterAnnounce} m ClusterAnnounce
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClusterAnnounce.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.nodeId = "";
                    d.clusterId = "";
                    d.round = 0;
                    d.coord = null;
                    d.acceptsComputeHeavy = false;
                    d.fanoutLimit = 0;
                    d.relayId = "";
                    d.parentId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.announcedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.announcedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.site = "";
                    d.clusterHops = 0;
                    d.because = "";
                    d.emulated = false;
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    d.clusterId = m.clusterId;
                }
                if (m.round != null && $Object.hasOwnProperty.call(m, "round")) {
                    d.round = m.round;
                }
                if (m.coord != null && $Object.hasOwnProperty.call(m, "coord")) {
                    d.coord = $root.cellmesh.v1.NetCoord.toObject(m.coord, o, q + 1);
                }
                if (m.acceptsComputeHeavy != null && $Object.hasOwnProperty.call(m, "acceptsComputeHeavy")) {
                    d.acceptsComputeHeavy = m.acceptsComputeHeavy;
                }
                if (m.fanoutLimit != null && $Object.hasOwnProperty.call(m, "fanoutLimit")) {
                    d.fanoutLimit = m.fanoutLimit;
                }
                if (m.relayId != null && $Object.hasOwnProperty.call(m, "relayId")) {
                    d.relayId = m.relayId;
                }
                if (m.parentId != null && $Object.hasOwnProperty.call(m, "parentId")) {
                    d.parentId = m.parentId;
                }
                if (m.announcedAtMs != null && $Object.hasOwnProperty.call(m, "announcedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.announcedAtMs = typeof m.announcedAtMs === "number" ? $BigInt(m.announcedAtMs) : $util.Long.fromBits(m.announcedAtMs.low >>> 0, m.announcedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.announcedAtMs === "number")
                        d.announcedAtMs = o.longs === $String ? $String(m.announcedAtMs) : m.announcedAtMs;
                    else
                        d.announcedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.announcedAtMs) : o.longs === $Number ? new $util.LongBits(m.announcedAtMs.low >>> 0, m.announcedAtMs.high >>> 0).toNumber() : m.announcedAtMs;
                }
                if (m.site != null && $Object.hasOwnProperty.call(m, "site")) {
                    d.site = m.site;
                }
                if (m.clusterHops != null && $Object.hasOwnProperty.call(m, "clusterHops")) {
                    d.clusterHops = m.clusterHops;
                }
                if (m.because != null && $Object.hasOwnProperty.call(m, "because")) {
                    d.because = m.because;
                }
                if (m.emulated != null && $Object.hasOwnProperty.call(m, "emulated")) {
                    d.emulated = m.emulated;
                }
                return d;
            };

            /**
             * Converts this ClusterAnnounce to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.ClusterAnnounce
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClusterAnnounce.prototype.toJSON = function() {
                return ClusterAnnounce.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClusterAnnounce
             * @function getTypeUrl
             * @memberof cellmesh.v1.ClusterAnnounce
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClusterAnnounce.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.ClusterAnnounce";
            };

            return ClusterAnnounce;
        })();

        v1.NeighbourList = (function() {

            /**
             * Properties of a NeighbourList.
             * @typedef {Object} cellmesh.v1.NeighbourList.$Properties
             * @property {string|null} [nodeId] NeighbourList nodeId
             * @property {string|null} [clusterId] NeighbourList clusterId
             * @property {Array.<string>|null} [closePeers] NeighbourList closePeers
             * @property {string|null} [fallbackRelay] NeighbourList fallbackRelay
             * @property {number|null} [fanoutLimit] NeighbourList fanoutLimit
             * @property {string|null} [parentId] NeighbourList parentId
             * @property {boolean|null} [acceptsComputeHeavy] NeighbourList acceptsComputeHeavy
             * @property {number|null} [updatedAtMs] NeighbourList updatedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NeighbourList.
             * @memberof cellmesh.v1
             * @interface INeighbourList
             * @augments cellmesh.v1.NeighbourList.$Properties
             * @deprecated Use cellmesh.v1.NeighbourList.$Properties instead.
             */

            /**
             * Shape of a NeighbourList.
             * @typedef {cellmesh.v1.NeighbourList.$Properties} cellmesh.v1.NeighbourList.$Shape
             */

            /**
             * Constructs a new NeighbourList.
             * @memberof cellmesh.v1
             * @classdesc Represents a NeighbourList.
             * @constructor
             * @param {cellmesh.v1.NeighbourList.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var NeighbourList = function (p) {
                this.closePeers = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NeighbourList nodeId.
             * @member {string} nodeId
             * @memberof cellmesh.v1.NeighbourList
             * @instance
             */
            NeighbourList.prototype.nodeId = "";

            /**
             * NeighbourList clusterId.
             * @member {string} clusterId
             * @memberof cellmesh.v1.NeighbourList
             * @instance
             */
            NeighbourList.prototype.clusterId = "";

            /**
             * NeighbourList closePeers.
             * @member {Array.<string>} closePeers
             * @memberof cellmesh.v1.NeighbourList
             * @instance
             */
            NeighbourList.prototype.closePeers = $util.emptyArray;

            /**
             * NeighbourList fallbackRelay.
             * @member {string} fallbackRelay
             * @memberof cellmesh.v1.NeighbourList
             * @instance
             */
            NeighbourList.prototype.fallbackRelay = "";

            /**
             * NeighbourList fanoutLimit.
             * @member {number} fanoutLimit
             * @memberof cellmesh.v1.NeighbourList
             * @instance
             */
            NeighbourList.prototype.fanoutLimit = 0;

            /**
             * NeighbourList parentId.
             * @member {string} parentId
             * @memberof cellmesh.v1.NeighbourList
             * @instance
             */
            NeighbourList.prototype.parentId = "";

            /**
             * NeighbourList acceptsComputeHeavy.
             * @member {boolean} acceptsComputeHeavy
             * @memberof cellmesh.v1.NeighbourList
             * @instance
             */
            NeighbourList.prototype.acceptsComputeHeavy = false;

            /**
             * NeighbourList updatedAtMs.
             * @member {number} updatedAtMs
             * @memberof cellmesh.v1.NeighbourList
             * @instance
             */
            NeighbourList.prototype.updatedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new NeighbourList instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.NeighbourList
             * @static
             * @param {cellmesh.v1.NeighbourList.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.NeighbourList} NeighbourList instance
             * @type {{
             *   (properties: cellmesh.v1.NeighbourList.$Shape): cellmesh.v1.NeighbourList & cellmesh.v1.NeighbourList.$Shape;
             *   (properties?: cellmesh.v1.NeighbourList.$Properties): cellmesh.v1.NeighbourList;
             * }}
             */
            NeighbourList.create = function(properties) {
                return new NeighbourList(properties);
            };

            /**
             * Encodes the specified NeighbourList message. Does not implicitly {@link cellmesh.v1.NeighbourList.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.NeighbourList
             * @static
             * @param {cellmesh.v1.NeighbourList.$Properties} m NeighbourList message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NeighbourList.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId") && m.clusterId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.clusterId);
                if (m.closePeers != null && m.closePeers.length) {
                    for (var i = 0; i < m.closePeers.length; ++i)
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.closePeers[i]);
                }
                if (m.fallbackRelay != null && $Object.hasOwnProperty.call(m, "fallbackRelay") && m.fallbackRelay !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.fallbackRelay);
                if (m.fanoutLimit != null && $Object.hasOwnProperty.call(m, "fanoutLimit") && m.fanoutLimit !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.fanoutLimit);
                if (m.parentId != null && $Object.hasOwnProperty.call(m, "parentId") && m.parentId !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.parentId);
                if (m.acceptsComputeHeavy != null && $Object.hasOwnProperty.call(m, "acceptsComputeHeavy") && m.acceptsComputeHeavy !== false)
                    w.uint32(/* id 7, wireType 0 =*/56).bool(m.acceptsComputeHeavy);
                if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs") && (typeof m.updatedAtMs === "object" ? m.updatedAtMs.low || m.updatedAtMs.high : m.updatedAtMs !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).int64(m.updatedAtMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a NeighbourList message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.NeighbourList
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.NeighbourList & cellmesh.v1.NeighbourList.$Shape} NeighbourList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NeighbourList.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.NeighbourList();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.clusterId = v;
                            else
                                delete m.clusterId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.closePeers && m.closePeers.length))
                                m.closePeers = [];
                            m.closePeers.push(r.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.fallbackRelay = v;
                            else
                                delete m.fallbackRelay;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.fanoutLimit = v;
                            else
                                delete m.fanoutLimit;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.parentId = v;
                            else
                                delete m.parentId;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.acceptsComputeHeavy = v;
                            else
                                delete m.acceptsComputeHeavy;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.updatedAtMs = v;
                            else
                                delete m.updatedAtMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a NeighbourList message.
             * @function verify
             * @memberof cellmesh.v1.NeighbourList
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NeighbourList.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    if (!$util.isString(m.nodeId))
                        return "nodeId: string expected";
                }
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    if (!$util.isString(m.clusterId))
                        return "clusterId: string expected";
                }
                if (m.closePeers != null && $Object.hasOwnProperty.call(m, "closePeers")) {
                    if (!$Array.isArray(m.closePeers))
                        return "closePeers: array expected";
                    for (var i = 0; i < m.closePeers.length; ++i) {
                        if (!$util.isString(m.closePeers[i]))
                            return "closePeers: string[] expected";
                    }
                }
                if (m.fallbackRelay != null && $Object.hasOwnProperty.call(m, "fallbackRelay")) {
                    if (!$util.isString(m.fallbackRelay))
                        return "fallbackRelay: string expected";
                }
                if (m.fanoutLimit != null && $Object.hasOwnProperty.call(m, "fanoutLimit")) {
                    if (!$util.isInteger(m.fanoutLimit))
                        return "fanoutLimit: integer expected";
                }
                if (m.parentId != null && $Object.hasOwnProperty.call(m, "parentId")) {
                    if (!$util.isString(m.parentId))
                        return "parentId: string expected";
                }
                if (m.acceptsComputeHeavy != null && $Object.hasOwnProperty.call(m, "acceptsComputeHeavy")) {
                    if (typeof m.acceptsComputeHeavy !== "boolean")
                        return "acceptsComputeHeavy: boolean expected";
                }
                if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs")) {
                    if (!$util.isInteger(m.updatedAtMs) && !(m.updatedAtMs && $util.isInteger(m.updatedAtMs.low) && $util.isInteger(m.updatedAtMs.high)))
                        return "updatedAtMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a NeighbourList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.NeighbourList
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.NeighbourList} NeighbourList
             */
            NeighbourList.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.NeighbourList)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.NeighbourList: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.NeighbourList();
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.clusterId != null) {
                    if (typeof d.clusterId !== "string" || d.clusterId.length) {
                        m.clusterId = $String(d.clusterId);
                    }
                }
                if (d.closePeers) {
                    if (!$Array.isArray(d.closePeers))
                        throw $TypeError(".cellmesh.v1.NeighbourList.closePeers: array expected");
                    m.closePeers = $Array(d.closePeers.length);
                    for (var i = 0; i < d.closePeers.length; ++i) {
                        m.closePeers[i] = $String(d.closePeers[i]);
                    }
                }
                if (d.fallbackRelay != null) {
                    if (typeof d.fallbackRelay !== "string" || d.fallbackRelay.length) {
                        m.fallbackRelay = $String(d.fallbackRelay);
                    }
                }
                if (d.fanoutLimit != null) {
                    if ($Number(d.fanoutLimit) !== 0) {
                        m.fanoutLimit = d.fanoutLimit >>> 0;
                    }
                }
                if (d.parentId != null) {
                    if (typeof d.parentId !== "string" || d.parentId.length) {
                        m.parentId = $String(d.parentId);
                    }
                }
                if (d.acceptsComputeHeavy != null) {
                    if (d.acceptsComputeHeavy) {
                        m.acceptsComputeHeavy = $Boolean(d.acceptsComputeHeavy);
                    }
                }
                if (d.updatedAtMs != null) {
                    if (typeof d.updatedAtMs === "object" ? d.updatedAtMs.low || d.updatedAtMs.high : $Number(d.updatedAtMs) !== 0) {
                        if ($util.Long)
                            m.updatedAtMs = $util.Long.fromValue(d.updatedAtMs, false);
                        else if (typeof d.updatedAtMs === "string")
                            m.updatedAtMs = $parseInt(d.updatedAtMs, 10);
                        else if (typeof d.updatedAtMs === "number")
                            m.updatedAtMs = d.updatedAtMs;
                        else if (typeof d.updatedAtMs === "object")
                            m.updatedAtMs = new $util.LongBits(d.updatedAtMs.low >>> 0, d.updatedAtMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NeighbourList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.NeighbourList
             * @static
             * @param {cellmesh.v1.NeighbourList} m NeighbourList
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NeighbourList.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.closePeers = [];
                }
                if (o.defaults) {
                    d.nodeId = "";
                    d.clusterId = "";
                    d.fallbackRelay = "";
                    d.fanoutLimit = 0;
                    d.parentId = "";
                    d.acceptsComputeHeavy = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.updatedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.updatedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    d.clusterId = m.clusterId;
                }
                if (m.closePeers && m.closePeers.length) {
                    d.closePeers = $Array(m.closePeers.length);
                    for (var j = 0; j < m.closePeers.length; ++j) {
                        d.closePeers[j] = m.closePeers[j];
                    }
                }
                if (m.fallbackRelay != null && $Object.hasOwnProperty.call(m, "fallbackRelay")) {
                    d.fallbackRelay = m.fallbackRelay;
                }
                if (m.fanoutLimit != null && $Object.hasOwnProperty.call(m, "fanoutLimit")) {
                    d.fanoutLimit = m.fanoutLimit;
                }
                if (m.parentId != null && $Object.hasOwnProperty.call(m, "parentId")) {
                    d.parentId = m.parentId;
                }
                if (m.acceptsComputeHeavy != null && $Object.hasOwnProperty.call(m, "acceptsComputeHeavy")) {
                    d.acceptsComputeHeavy = m.acceptsComputeHeavy;
                }
                if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.updatedAtMs = typeof m.updatedAtMs === "number" ? $BigInt(m.updatedAtMs) : $util.Long.fromBits(m.updatedAtMs.low >>> 0, m.updatedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.updatedAtMs === "number")
                        d.updatedAtMs = o.longs === $String ? $String(m.updatedAtMs) : m.updatedAtMs;
                    else
                        d.updatedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.updatedAtMs) : o.longs === $Number ? new $util.LongBits(m.updatedAtMs.low >>> 0, m.updatedAtMs.high >>> 0).toNumber() : m.updatedAtMs;
                }
                return d;
            };

            /**
             * Converts this NeighbourList to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.NeighbourList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NeighbourList.prototype.toJSON = function() {
                return NeighbourList.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NeighbourList
             * @function getTypeUrl
             * @memberof cellmesh.v1.NeighbourList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NeighbourList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.NeighbourList";
            };

            return NeighbourList;
        })();

        v1.ClusterState = (function() {

            /**
             * Properties of a ClusterState.
             * @typedef {Object} cellmesh.v1.ClusterState.$Properties
             * @property {string|null} [clusterId] ClusterState clusterId
             * @property {Array.<string>|null} [members] ClusterState members
             * @property {Array.<string>|null} [computeHeavyMembers] ClusterState computeHeavyMembers
             * @property {string|null} [leaderId] ClusterState leaderId
             * @property {number|null} [leaderTerm] ClusterState leaderTerm
             * @property {number|null} [updatedAtMs] ClusterState updatedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClusterState.
             * @memberof cellmesh.v1
             * @interface IClusterState
             * @augments cellmesh.v1.ClusterState.$Properties
             * @deprecated Use cellmesh.v1.ClusterState.$Properties instead.
             */

            /**
             * Shape of a ClusterState.
             * @typedef {cellmesh.v1.ClusterState.$Properties} cellmesh.v1.ClusterState.$Shape
             */

            /**
             * Constructs a new ClusterState.
             * @memberof cellmesh.v1
             * @classdesc Represents a ClusterState.
             * @constructor
             * @param {cellmesh.v1.ClusterState.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ClusterState = function (p) {
                this.members = [];
                this.computeHeavyMembers = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ClusterState clusterId.
             * @member {string} clusterId
             * @memberof cellmesh.v1.ClusterState
             * @instance
             */
            ClusterState.prototype.clusterId = "";

            /**
             * ClusterState members.
             * @member {Array.<string>} members
             * @memberof cellmesh.v1.ClusterState
             * @instance
             */
            ClusterState.prototype.members = $util.emptyArray;

            /**
             * ClusterState computeHeavyMembers.
             * @member {Array.<string>} computeHeavyMembers
             * @memberof cellmesh.v1.ClusterState
             * @instance
             */
            ClusterState.prototype.computeHeavyMembers = $util.emptyArray;

            /**
             * ClusterState leaderId.
             * @member {string} leaderId
             * @memberof cellmesh.v1.ClusterState
             * @instance
             */
            ClusterState.prototype.leaderId = "";

            /**
             * ClusterState leaderTerm.
             * @member {number} leaderTerm
             * @memberof cellmesh.v1.ClusterState
             * @instance
             */
            ClusterState.prototype.leaderTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClusterState updatedAtMs.
             * @member {number} updatedAtMs
             * @memberof cellmesh.v1.ClusterState
             * @instance
             */
            ClusterState.prototype.updatedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ClusterState instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.ClusterState
             * @static
             * @param {cellmesh.v1.ClusterState.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.ClusterState} ClusterState instance
             * @type {{
             *   (properties: cellmesh.v1.ClusterState.$Shape): cellmesh.v1.ClusterState & cellmesh.v1.ClusterState.$Shape;
             *   (properties?: cellmesh.v1.ClusterState.$Properties): cellmesh.v1.ClusterState;
             * }}
             */
            ClusterState.create = function(properties) {
                return new ClusterState(properties);
            };

            /**
             * Encodes the specified ClusterState message. Does not implicitly {@link cellmesh.v1.ClusterState.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.ClusterState
             * @static
             * @param {cellmesh.v1.ClusterState.$Properties} m ClusterState message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClusterState.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId") && m.clusterId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.clusterId);
                if (m.members != null && m.members.length) {
                    for (var i = 0; i < m.members.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.members[i]);
                }
                if (m.computeHeavyMembers != null && m.computeHeavyMembers.length) {
                    for (var i = 0; i < m.computeHeavyMembers.length; ++i)
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.computeHeavyMembers[i]);
                }
                if (m.leaderId != null && $Object.hasOwnProperty.call(m, "leaderId") && m.leaderId !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.leaderId);
                if (m.leaderTerm != null && $Object.hasOwnProperty.call(m, "leaderTerm") && (typeof m.leaderTerm === "object" ? m.leaderTerm.low || m.leaderTerm.high : m.leaderTerm !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.leaderTerm);
                if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs") && (typeof m.updatedAtMs === "object" ? m.updatedAtMs.low || m.updatedAtMs.high : m.updatedAtMs !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.updatedAtMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ClusterState message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.ClusterState
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.ClusterState & cellmesh.v1.ClusterState.$Shape} ClusterState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClusterState.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.ClusterState();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.clusterId = v;
                            else
                                delete m.clusterId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.members && m.members.length))
                                m.members = [];
                            m.members.push(r.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.computeHeavyMembers && m.computeHeavyMembers.length))
                                m.computeHeavyMembers = [];
                            m.computeHeavyMembers.push(r.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.leaderId = v;
                            else
                                delete m.leaderId;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.leaderTerm = v;
                            else
                                delete m.leaderTerm;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.updatedAtMs = v;
                            else
                                delete m.updatedAtMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a ClusterState message.
             * @function verify
             * @memberof cellmesh.v1.ClusterState
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClusterState.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    if (!$util.isString(m.clusterId))
                        return "clusterId: string expected";
                }
                if (m.members != null && $Object.hasOwnProperty.call(m, "members")) {
                    if (!$Array.isArray(m.members))
                        return "members: array expected";
                    for (var i = 0; i < m.members.length; ++i) {
                        if (!$util.isString(m.members[i]))
                            return "members: string[] expected";
                    }
                }
                if (m.computeHeavyMembers != null && $Object.hasOwnProperty.call(m, "computeHeavyMembers")) {
                    if (!$Array.isArray(m.computeHeavyMembers))
                        return "computeHeavyMembers: array expected";
                    for (var i = 0; i < m.computeHeavyMembers.length; ++i) {
                        if (!$util.isString(m.computeHeavyMembers[i]))
                            return "computeHeavyMembers: string[] expected";
                    }
                }
                if (m.leaderId != null && $Object.hasOwnProperty.call(m, "leaderId")) {
                    if (!$util.isString(m.leaderId))
                        return "leaderId: string expected";
                }
                if (m.leaderTerm != null && $Object.hasOwnProperty.call(m, "leaderTerm")) {
                    if (!$util.isInteger(m.leaderTerm) && !(m.leaderTerm && $util.isInteger(m.leaderTerm.low) && $util.isInteger(m.leaderTerm.high)))
                        return "leaderTerm: integer|Long expected";
                }
                if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs")) {
                    if (!$util.isInteger(m.updatedAtMs) && !(m.updatedAtMs && $util.isInteger(m.updatedAtMs.low) && $util.isInteger(m.updatedAtMs.high)))
                        return "updatedAtMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a ClusterState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.ClusterState
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.ClusterState} ClusterState
             */
            ClusterState.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.ClusterState)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.ClusterState: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.ClusterState();
                if (d.clusterId != null) {
                    if (typeof d.clusterId !== "string" || d.clusterId.length) {
                        m.clusterId = $String(d.clusterId);
                    }
                }
                if (d.members) {
                    if (!$Array.isArray(d.members))
                        throw $TypeError(".cellmesh.v1.ClusterState.members: array expected");
                    m.members = $Array(d.members.length);
                    for (var i = 0; i < d.members.length; ++i) {
                        m.members[i] = $String(d.members[i]);
                    }
                }
                if (d.computeHeavyMembers) {
                    if (!$Array.isArray(d.computeHeavyMembers))
                        throw $TypeError(".cellmesh.v1.ClusterState.computeHeavyMembers: array expected");
                    m.computeHeavyMembers = $Array(d.computeHeavyMembers.length);
                    for (var i = 0; i < d.computeHeavyMembers.length; ++i) {
                        m.computeHeavyMembers[i] = $String(d.computeHeavyMembers[i]);
                    }
                }
                if (d.leaderId != null) {
                    if (typeof d.leaderId !== "string" || d.leaderId.length) {
                        m.leaderId = $String(d.leaderId);
                    }
                }
                if (d.leaderTerm != null) {
                    if (typeof d.leaderTerm === "object" ? d.leaderTerm.low || d.leaderTerm.high : $Number(d.leaderTerm) !== 0) {
                        if ($util.Long)
                            m.leaderTerm = $util.Long.fromValue(d.leaderTerm, true);
                        else if (typeof d.leaderTerm === "string")
                            m.leaderTerm = $parseInt(d.leaderTerm, 10);
                        else if (typeof d.leaderTerm === "number")
                            m.leaderTerm = d.leaderTerm;
                        else if (typeof d.leaderTerm === "object")
                            m.leaderTerm = new $util.LongBits(d.leaderTerm.low >>> 0, d.leaderTerm.high >>> 0).toNumber(true);
                    }
                }
                if (d.updatedAtMs != null) {
                    if (typeof d.updatedAtMs === "object" ? d.updatedAtMs.low || d.updatedAtMs.high : $Number(d.updatedAtMs) !== 0) {
                        if ($util.Long)
                            m.updatedAtMs = $util.Long.fromValue(d.updatedAtMs, false);
                        else if (typeof d.updatedAtMs === "string")
                            m.updatedAtMs = $parseInt(d.updatedAtMs, 10);
                        else if (typeof d.updatedAtMs === "number")
                            m.updatedAtMs = d.updatedAtMs;
                        else if (typeof d.updatedAtMs === "object")
                            m.updatedAtMs = new $util.LongBits(d.updatedAtMs.low >>> 0, d.updatedAtMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ClusterState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.ClusterState
             * @static
             * @param {cellmesh.v1.ClusterState} m ClusterState
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClusterState.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.members = [];
                    d.computeHeavyMembers = [];
                }
                if (o.defaults) {
                    d.clusterId = "";
                    d.leaderId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.leaderTerm = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.leaderTerm = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.updatedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.updatedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    d.clusterId = m.clusterId;
                }
                if (m.members && m.members.length) {
                    d.members = $Array(m.members.length);
                    for (var j = 0; j < m.members.length; ++j) {
                        d.members[j] = m.members[j];
                    }
                }
                if (m.computeHeavyMembers && m.computeHeavyMembers.length) {
                    d.computeHeavyMembers = $Array(m.computeHeavyMembers.length);
                    for (var j = 0; j < m.computeHeavyMembers.length; ++j) {
                        d.computeHeavyMembers[j] = m.computeHeavyMembers[j];
                    }
                }
                if (m.leaderId != null && $Object.hasOwnProperty.call(m, "leaderId")) {
                    d.leaderId = m.leaderId;
                }
                if (m.leaderTerm != null && $Object.hasOwnProperty.call(m, "leaderTerm")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.leaderTerm = typeof m.leaderTerm === "number" ? $BigInt(m.leaderTerm) : $util.Long.fromBits(m.leaderTerm.low >>> 0, m.leaderTerm.high >>> 0, true).toBigInt();
                    else if (typeof m.leaderTerm === "number")
                        d.leaderTerm = o.longs === $String ? $String(m.leaderTerm) : m.leaderTerm;
                    else
                        d.leaderTerm = o.longs === $String ? $util.Long.prototype.toString.call(m.leaderTerm) : o.longs === $Number ? new $util.LongBits(m.leaderTerm.low >>> 0, m.leaderTerm.high >>> 0).toNumber(true) : m.leaderTerm;
                }
                if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.updatedAtMs = typeof m.updatedAtMs === "number" ? $BigInt(m.updatedAtMs) : $util.Long.fromBits(m.updatedAtMs.low >>> 0, m.updatedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.updatedAtMs === "number")
                        d.updatedAtMs = o.longs === $String ? $String(m.updatedAtMs) : m.updatedAtMs;
                    else
                        d.updatedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.updatedAtMs) : o.longs === $Number ? new $util.LongBits(m.updatedAtMs.low >>> 0, m.updatedAtMs.high >>> 0).toNumber() : m.updatedAtMs;
                }
                return d;
            };

            /**
             * Converts this ClusterState to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.ClusterState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClusterState.prototype.toJSON = function() {
                return ClusterState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClusterState
             * @function getTypeUrl
             * @memberof cellmesh.v1.ClusterState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClusterState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.ClusterState";
            };

            return ClusterState;
        })();

        v1.CellSummary = (function() {

            /**
             * Properties of a CellSummary.
             * @typedef {Object} cellmesh.v1.CellSummary.$Properties
             * @property {string|null} [cellId] CellSummary cellId
             * @property {string|null} [schedulerNode] CellSummary schedulerNode
             * @property {number|null} [term] CellSummary term
             * @property {Array.<string>|null} [nodes] CellSummary nodes
             * @property {number|null} [nodeCount] CellSummary nodeCount
             * @property {number|null} [freeCores] CellSummary freeCores
             * @property {number|null} [largestFreeVramMb] CellSummary largestFreeVramMb
             * @property {number|null} [gpus] CellSummary gpus
             * @property {number|null} [publishedAtMs] CellSummary publishedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CellSummary.
             * @memberof cellmesh.v1
             * @interface ICellSummary
             * @augments cellmesh.v1.CellSummary.$Properties
             * @deprecated Use cellmesh.v1.CellSummary.$Properties instead.
             */

            /**
             * Shape of a CellSummary.
             * @typedef {cellmesh.v1.CellSummary.$Properties} cellmesh.v1.CellSummary.$Shape
             */

            /**
             * Constructs a new CellSummary.
             * @memberof cellmesh.v1
             * @classdesc Represents a CellSummary.
             * @constructor
             * @param {cellmesh.v1.CellSummary.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var CellSummary = function (p) {
                this.nodes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CellSummary cellId.
             * @member {string} cellId
             * @memberof cellmesh.v1.CellSummary
             * @instance
             */
            CellSummary.prototype.cellId = "";

            /**
             * CellSummary schedulerNode.
             * @member {string} schedulerNode
             * @memberof cellmesh.v1.CellSummary
             * @instance
             */
            CellSummary.prototype.schedulerNode = "";

            /**
             * CellSummary term.
             * @member {number} term
             * @memberof cellmesh.v1.CellSummary
             * @instance
             */
            CellSummary.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CellSummary nodes.
             * @member {Array.<string>} nodes
             * @memberof cellmesh.v1.CellSummary
             * @instance
             */
            CellSummary.prototype.nodes = $util.emptyArray;

            /**
             * CellSummary nodeCount.
             * @member {number} nodeCount
             * @memberof cellmesh.v1.CellSummary
             * @instance
             */
            CellSummary.prototype.nodeCount = 0;

            /**
             * CellSummary freeCores.
             * @member {number} freeCores
             * @memberof cellmesh.v1.CellSummary
             * @instance
             */
            CellSummary.prototype.freeCores = 0;

            /**
             * CellSummary largestFreeVramMb.
             * @member {number} largestFreeVramMb
             * @memberof cellmesh.v1.CellSummary
             * @instance
             */
            CellSummary.prototype.largestFreeVramMb = 0;

            /**
             * CellSummary gpus.
             * @member {number} gpus
             * @memberof cellmesh.v1.CellSummary
             * @instance
             */
            CellSummary.prototype.gpus = 0;

            /**
             * CellSummary publishedAtMs.
             * @member {number} publishedAtMs
             * @memberof cellmesh.v1.CellSummary
             * @instance
             */
            CellSummary.prototype.publishedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new CellSummary instance using the specified properties.
             * @function create
             * @memberof cellmesh.v1.CellSummary
             * @static
             * @param {cellmesh.v1.CellSummary.$Properties=} [properties] Properties to set
             * @returns {cellmesh.v1.CellSummary} CellSummary instance
             * @type {{
             *   (properties: cellmesh.v1.CellSummary.$Shape): cellmesh.v1.CellSummary & cellmesh.v1.CellSummary.$Shape;
             *   (properties?: cellmesh.v1.CellSummary.$Properties): cellmesh.v1.CellSummary;
             * }}
             */
            CellSummary.create = function(properties) {
                return new CellSummary(properties);
            };

            /**
             * Encodes the specified CellSummary message. Does not implicitly {@link cellmesh.v1.CellSummary.verify|verify} messages.
             * @function encode
             * @memberof cellmesh.v1.CellSummary
             * @static
             * @param {cellmesh.v1.CellSummary.$Properties} m CellSummary message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CellSummary.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.cellId != null && $Object.hasOwnProperty.call(m, "cellId") && m.cellId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.cellId);
                if (m.schedulerNode != null && $Object.hasOwnProperty.call(m, "schedulerNode") && m.schedulerNode !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.schedulerNode);
                if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.term);
                if (m.nodes != null && m.nodes.length) {
                    for (var i = 0; i < m.nodes.length; ++i)
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.nodes[i]);
                }
                if (m.nodeCount != null && $Object.hasOwnProperty.call(m, "nodeCount") && m.nodeCount !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.nodeCount);
                if (m.freeCores != null && $Object.hasOwnProperty.call(m, "freeCores") && !$Object.is(m.freeCores, 0))
                    w.uint32(/* id 6, wireType 1 =*/49).double(m.freeCores);
                if (m.largestFreeVramMb != null && $Object.hasOwnProperty.call(m, "largestFreeVramMb") && m.largestFreeVramMb !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.largestFreeVramMb);
                if (m.gpus != null && $Object.hasOwnProperty.call(m, "gpus") && m.gpus !== 0)
                    w.uint32(/* id 8, wireType 0 =*/64).uint32(m.gpus);
                if (m.publishedAtMs != null && $Object.hasOwnProperty.call(m, "publishedAtMs") && (typeof m.publishedAtMs === "object" ? m.publishedAtMs.low || m.publishedAtMs.high : m.publishedAtMs !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).int64(m.publishedAtMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CellSummary message from the specified reader or buffer.
             * @function decode
             * @memberof cellmesh.v1.CellSummary
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {cellmesh.v1.CellSummary & cellmesh.v1.CellSummary.$Shape} CellSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CellSummary.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.cellmesh.v1.CellSummary();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.cellId = v;
                            else
                                delete m.cellId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.schedulerNode = v;
                            else
                                delete m.schedulerNode;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.term = v;
                            else
                                delete m.term;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.nodes && m.nodes.length))
                                m.nodes = [];
                            m.nodes.push(r.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.nodeCount = v;
                            else
                                delete m.nodeCount;
                            continue;
                        }
                    case 6: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.freeCores = v;
                            else
                                delete m.freeCores;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.largestFreeVramMb = v;
                            else
                                delete m.largestFreeVramMb;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.gpus = v;
                            else
                                delete m.gpus;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.publishedAtMs = v;
                            else
                                delete m.publishedAtMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Verifies a CellSummary message.
             * @function verify
             * @memberof cellmesh.v1.CellSummary
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CellSummary.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.cellId != null && $Object.hasOwnProperty.call(m, "cellId")) {
                    if (!$util.isString(m.cellId))
                        return "cellId: string expected";
                }
                if (m.schedulerNode != null && $Object.hasOwnProperty.call(m, "schedulerNode")) {
                    if (!$util.isString(m.schedulerNode))
                        return "schedulerNode: string expected";
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (!$util.isInteger(m.term) && !(m.term && $util.isInteger(m.term.low) && $util.isInteger(m.term.high)))
                        return "term: integer|Long expected";
                }
                if (m.nodes != null && $Object.hasOwnProperty.call(m, "nodes")) {
                    if (!$Array.isArray(m.nodes))
                        return "nodes: array expected";
                    for (var i = 0; i < m.nodes.length; ++i) {
                        if (!$util.isString(m.nodes[i]))
                            return "nodes: string[] expected";
                    }
                }
                if (m.nodeCount != null && $Object.hasOwnProperty.call(m, "nodeCount")) {
                    if (!$util.isInteger(m.nodeCount))
                        return "nodeCount: integer expected";
                }
                if (m.freeCores != null && $Object.hasOwnProperty.call(m, "freeCores")) {
                    if (typeof m.freeCores !== "number")
                        return "freeCores: number expected";
                }
                if (m.largestFreeVramMb != null && $Object.hasOwnProperty.call(m, "largestFreeVramMb")) {
                    if (!$util.isInteger(m.largestFreeVramMb))
                        return "largestFreeVramMb: integer expected";
                }
                if (m.gpus != null && $Object.hasOwnProperty.call(m, "gpus")) {
                    if (!$util.isInteger(m.gpus))
                        return "gpus: integer expected";
                }
                if (m.publishedAtMs != null && $Object.hasOwnProperty.call(m, "publishedAtMs")) {
                    if (!$util.isInteger(m.publishedAtMs) && !(m.publishedAtMs && $util.isInteger(m.publishedAtMs.low) && $util.isInteger(m.publishedAtMs.high)))
                        return "publishedAtMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a CellSummary message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cellmesh.v1.CellSummary
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {cellmesh.v1.CellSummary} CellSummary
             */
            CellSummary.fromObject = function (d, q) {
                if (d instanceof $root.cellmesh.v1.CellSummary)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".cellmesh.v1.CellSummary: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.cellmesh.v1.CellSummary();
                if (d.cellId != null) {
                    if (typeof d.cellId !== "string" || d.cellId.length) {
                        m.cellId = $String(d.cellId);
                    }
                }
                if (d.schedulerNode != null) {
                    if (typeof d.schedulerNode !== "string" || d.schedulerNode.length) {
                        m.schedulerNode = $String(d.schedulerNode);
                    }
                }
                if (d.term != null) {
                    if (typeof d.term === "object" ? d.term.low || d.term.high : $Number(d.term) !== 0) {
                        if ($util.Long)
                            m.term = $util.Long.fromValue(d.term, true);
                        else if (typeof d.term === "string")
                            m.term = $parseInt(d.term, 10);
                        else if (typeof d.term === "number")
                            m.term = d.term;
                        else if (typeof d.term === "object")
                            m.term = new $util.LongBits(d.term.low >>> 0, d.term.high >>> 0).toNumber(true);
                    }
                }
                if (d.nodes) {
                    if (!$Array.isArray(d.nodes))
                        throw $TypeError(".cellmesh.v1.CellSummary.nodes: array expected");
                    m.nodes = $Array(d.nodes.length);
                    for (var i = 0; i < d.nodes.length; ++i) {
                        m.nodes[i] = $String(d.nodes[i]);
                    }
                }
                if (d.nodeCount != null) {
                    if ($Number(d.nodeCount) !== 0) {
                        m.nodeCount = d.nodeCount >>> 0;
                    }
                }
                if (d.freeCores != null) {
                    if (!$Object.is($Number(d.freeCores), 0)) {
                        m.freeCores = $Number(d.freeCores);
                    }
                }
                if (d.largestFreeVramMb != null) {
                    if ($Number(d.largestFreeVramMb) !== 0) {
                        m.largestFreeVramMb = d.largestFreeVramMb >>> 0;
                    }
                }
                if (d.gpus != null) {
                    if ($Number(d.gpus) !== 0) {
                        m.gpus = d.gpus >>> 0;
                    }
                }
                if (d.publishedAtMs != null) {
                    if (typeof d.publishedAtMs === "object" ? d.publishedAtMs.low || d.publishedAtMs.high : $Number(d.publishedAtMs) !== 0) {
                        if ($util.Long)
                            m.publishedAtMs = $util.Long.fromValue(d.publishedAtMs, false);
                        else if (typeof d.publishedAtMs === "string")
                            m.publishedAtMs = $parseInt(d.publishedAtMs, 10);
                        else if (typeof d.publishedAtMs === "number")
                            m.publishedAtMs = d.publishedAtMs;
                        else if (typeof d.publishedAtMs === "object")
                            m.publishedAtMs = new $util.LongBits(d.publishedAtMs.low >>> 0, d.publishedAtMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CellSummary message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cellmesh.v1.CellSummary
             * @static
             * @param {cellmesh.v1.CellSummary} m CellSummary
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CellSummary.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.nodes = [];
                }
                if (o.defaults) {
                    d.cellId = "";
                    d.schedulerNode = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.nodeCount = 0;
                    d.freeCores = 0;
                    d.largestFreeVramMb = 0;
                    d.gpus = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.publishedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.publishedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.cellId != null && $Object.hasOwnProperty.call(m, "cellId")) {
                    d.cellId = m.cellId;
                }
                if (m.schedulerNode != null && $Object.hasOwnProperty.call(m, "schedulerNode")) {
                    d.schedulerNode = m.schedulerNode;
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                    else if (typeof m.term === "number")
                        d.term = o.longs === $String ? $String(m.term) : m.term;
                    else
                        d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
                }
                if (m.nodes && m.nodes.length) {
                    d.nodes = $Array(m.nodes.length);
                    for (var j = 0; j < m.nodes.length; ++j) {
                        d.nodes[j] = m.nodes[j];
                    }
                }
                if (m.nodeCount != null && $Object.hasOwnProperty.call(m, "nodeCount")) {
                    d.nodeCount = m.nodeCount;
                }
                if (m.freeCores != null && $Object.hasOwnProperty.call(m, "freeCores")) {
                    d.freeCores = o.json && !$isFinite(m.freeCores) ? $String(m.freeCores) : m.freeCores;
                }
                if (m.largestFreeVramMb != null && $Object.hasOwnProperty.call(m, "largestFreeVramMb")) {
                    d.largestFreeVramMb = m.largestFreeVramMb;
                }
                if (m.gpus != null && $Object.hasOwnProperty.call(m, "gpus")) {
                    d.gpus = m.gpus;
                }
                if (m.publishedAtMs != null && $Object.hasOwnProperty.call(m, "publishedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.publishedAtMs = typeof m.publishedAtMs === "number" ? $BigInt(m.publishedAtMs) : $util.Long.fromBits(m.publishedAtMs.low >>> 0, m.publishedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.publishedAtMs === "number")
                        d.publishedAtMs = o.longs === $String ? $String(m.publishedAtMs) : m.publishedAtMs;
                    else
                        d.publishedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.publishedAtMs) : o.longs === $Number ? new $util.LongBits(m.publishedAtMs.low >>> 0, m.publishedAtMs.high >>> 0).toNumber() : m.publishedAtMs;
                }
                return d;
            };

            /**
             * Converts this CellSummary to JSON.
             * @function toJSON
             * @memberof cellmesh.v1.CellSummary
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CellSummary.prototype.toJSON = function() {
                return CellSummary.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CellSummary
             * @function getTypeUrl
             * @memberof cellmesh.v1.CellSummary
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CellSummary.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cellmesh.v1.CellSummary";
            };

            return CellSummary;
        })();

        return v1;
    })();

    return cellmesh;
})();

module.exports = $root;
