// What a part loading from a chunk of its own shows meanwhile: nothing visible, and a mark that
// the answer isn't complete yet (the browser tests wait until no part is pending).
export function Pending() {
  return <span data-pending="" hidden />;
}
