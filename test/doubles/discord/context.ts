import type { ChangeFeed } from "./change-feed.js";
import type { Gateway } from "./gateway.js";
import type { DoubleState } from "./state.js";

/** What route modules and helpers share: the state, the gateway to dispatch on, the feed to wake waiters. */
export interface DoubleContext {
  state: DoubleState;
  gateway: Gateway;
  feed: ChangeFeed;
  /** Base URL of the double's HTTP server, e.g. `http://127.0.0.1:1234`. */
  origin: () => string;
}
