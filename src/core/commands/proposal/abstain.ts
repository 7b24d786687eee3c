import { answerCommand } from "./answer.js";

export default answerCommand(
  "abstain",
  "Stand aside from a proposal: you do not object, and you do not agree.",
  "proposal abstain 1",
);
