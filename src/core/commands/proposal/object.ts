import { answerCommand } from "./answer.js";

export default answerCommand(
  "object",
  "Object to a proposal, saying why; an objection turns a consent decision into a vote.",
  "proposal object 1 we have no money for that this season",
);
