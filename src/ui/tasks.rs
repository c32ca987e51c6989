//! Yielding to the browser between slices of work, so that reading a pack and drawing a widget
//! are not one long task on a slow phone (issue #17: no task over 50 ms at 4x CPU slowdown).

use wasm_bindgen::JsValue;

/// Resolves in a task of its own: a message the module posts to itself (not a timer, which
/// background tabs slow down to a second or more). What follows the `await` is then not part of
/// the task before, and the browser may paint or handle input in between.
pub async fn next_task() {
    let promise = js_sys::Promise::new(
        &mut |resolve, _reject| match web_sys::MessageChannel::new() {
            Ok(channel) => {
                channel.port1().set_onmessage(Some(&resolve));
                if channel.port2().post_message(&JsValue::NULL).is_err() {
                    let _ = resolve.call0(&JsValue::NULL);
                }
            }
            Err(_) => {
                let _ = resolve.call0(&JsValue::NULL);
            }
        },
    );
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
