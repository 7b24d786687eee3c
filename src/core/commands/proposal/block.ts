import { answerCommand } from "./answer.js";

export default answerCommand(
  "block",
  "Block a proposal, saying why: it cannot pass while the block stands.",
  "proposal block 1 this breaks our agreement with the neighbours",
);
