// The board's public face: mount it, feed it views, listen to hover and clicks.
export { mountBoard, type BoardHandle } from './mountBoard';
export { BoardScene } from './BoardScene';
export type {
  AgreementKind,
  AgreementStatus,
  BoardActor,
  BoardAgreement,
  BoardCallbacks,
  BoardPlace,
  BoardPlayer,
  BoardView,
  PlaceKind,
} from './boardView';
