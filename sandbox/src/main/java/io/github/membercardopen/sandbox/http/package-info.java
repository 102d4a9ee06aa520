/**
 * The sandbox's own HTTP/1.1 transport: persistent connections, bounded request parsing and response
 * headers written exactly as named, which WeChat Pay clients that read headers case-sensitively rely on.
 * Internal to the sandbox; not an API.
 */
package io.github.membercardopen.sandbox.http;
