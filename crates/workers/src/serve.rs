//! A worker's side of the protocol: say [`Answer::Ready`], then answer each request with its id,
//! one at a time, in the order they came.

use jianggao_web::protocol::{decode, encode, id_of, Answer, Request, UNREADABLE};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Serve this web worker: each request gets what `answer`'s future gives, posted with the
/// request's id; a message that is not a request gets [`UNREADABLE`]. One request at a time: a
/// clean waits for the t2s table a warm-up is fetching. The two workers differ only in `answer`.
pub fn serve<F>(answer: impl Fn(Request) -> F + 'static)
where
    F: Future<Output = Answer> + 'static,
{
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let answer = Rc::new(answer);
    let queue = Rc::new(RefCell::new(VecDeque::<String>::new()));
    let busy = Rc::new(Cell::new(false));
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            queue
                .borrow_mut()
                .push_back(e.data().as_string().unwrap_or_default());
            if busy.replace(true) {
                return; // the running loop takes it in turn
            }
            let (queue, busy, answer, reply) =
                (queue.clone(), busy.clone(), answer.clone(), reply.clone());
            wasm_bindgen_futures::spawn_local(async move {
                loop {
                    let next = queue.borrow_mut().pop_front();
                    let Some(message) = next else { break };
                    let out = match decode::<Request>(&message) {
                        Some((id, request)) => encode(id, &answer(request).await),
                        None => encode(
                            id_of(&message).unwrap_or(0),
                            &Answer::Error(UNREADABLE.into()),
                        ),
                    };
                    let _ = reply.post_message(&JsValue::from_str(&out));
                }
                busy.set(false);
            });
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(&encode(0, &Answer::Ready)));
}
