// A Web Worker of the advisor: plays the choices it is sent out, off the page's thread.
import { adviceWorker, type FromAdviceWorker, type ToAdviceWorker } from '../../app/adviceWorker';

const handle = adviceWorker((message: FromAdviceWorker) => self.postMessage(message));
self.onmessage = (event: MessageEvent<ToAdviceWorker>) => handle(event.data);
