import { answerCommand } from "./answer.js";

export default answerCommand(
  "agree",
  "Agree with a proposal (you may change your answer until it closes).",
  "proposal agree 1",
);
