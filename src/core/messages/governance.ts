/** English messages of circle and federation decisions: policies, proposals, recall bounds, consent of the people named. */
export const governance = {
  "policy.member": "Only members of “{circle}” can do that, and you are not one.",
  "policy.federation_member": "Only members of a circle in “{federation}” can do that.",
  "policy.person": "Only the person it concerns can do that.",
  "policy.wrong_decision": "That decision was not taken by “{circle}”, so it cannot act on it.",

  "proposal.opened":
    "Proposal #{id} of “{circle}”, by {proposer}: {title}{reason, select, none {} other {\nWhy: {reason}}}\n{rule}{concerned, select, none {} other {\nIt also needs the agreement of {concerned}, who is named in it.}}\nAnswer with /proposal agree {id} · /proposal abstain {id} · /proposal object {id} <why> · /proposal block {id} <why>",
  "proposal.opened_federation":
    "Federation proposal #{id} of “{federation}”, by {proposer} of “{circle}”: {title}{reason, select, none {} other {\nWhy: {reason}}}\nEach circle has one voice: its delegate answers, or the circle decides with /proposal agree {id} circle:<circle>. It passes on {closes} if at least one circle agrees and no circle objects; an objection turns it into a vote of the circles.\nAnswer with /proposal agree {id} · /proposal abstain {id} · /proposal object {id} <why> · /proposal block {id} <why>",
  "proposal.asked":
    "{person}, {proposer} asks for your agreement (proposal #{id}): {title}\nIt takes effect only if you accept: /proposal agree {id}, or decline with /proposal object {id}, until {closes}.",
  "proposal.rule_consent":
    "“{circle}” decides by consent until {closes}: it passes if another member agrees and nobody objects; an objection turns it into a vote.",
  "proposal.rule_majority":
    "“{circle}” decides by majority: a vote until {closes}; it passes if at least half the members answer and more than half of the answers agree.",
  "proposal.posted_here": "Proposal #{id} is open: {title}. It is posted below for those who decide it.",
  "proposal.not_found": "There is no proposal #{id}.",
  "proposal.closed": "Proposal #{id} is already {status}.",
  "proposal.no_voice":
    "You have no voice in proposal #{id}: it is decided by those who were members of “{circle}” when it opened (or by the person it asks), and a member a decision is about does not decide it.",
  "proposal.answer_title": "answer {answer} to federation proposal #{id} of “{federation}”: {title}",
  "proposal.not_delegate_circle": "“{circle}” has no voice in federation proposal #{id}.",
  "proposal.which_circle":
    "You belong to several circles of “{federation}”: {circles}. Say which one answers with circle:<name>.",
  "proposal.reason_needed": "Say why: an objection or a block needs a reason others can answer.",
  "proposal.answered":
    "Your answer to proposal #{id} is recorded: {answer}. You may change it until it closes.",
  "proposal.answered_for":
    "“{circle}” answers federation proposal #{id}: {answer} (given by {person} under mandate #{mandate}).",
  "proposal.answered_by_decision": "“{circle}” answers federation proposal #{id}: {answer}.",
  "proposal.not_opener": "Only {person}, who made proposal #{id}, can withdraw it.",
  "proposal.withdrawn": "Proposal #{id} is withdrawn by {person}: {title}",
  "proposal.to_vote":
    "Proposal #{id} of “{scope}” met objections:\n{objections}\nIt is now a vote until {closes}: answer /proposal agree {id} or /proposal object {id} <why>.",
  "proposal.passed": "Proposal #{id} of “{scope}” passed ({tally}): {title}",
  "proposal.passed_effect": "Proposal #{id} of “{scope}” passed ({tally}).\n{effect}",
  "proposal.failed":
    "Proposal #{id} of “{scope}” passed ({tally}), but it could not be carried out: {problem}",
  "proposal.rejected_declined": "Proposal #{id} is declined by {person}: {title}",
  "proposal.rejected_vote": "Proposal #{id} of “{scope}” did not pass the vote ({tally}): {title}",
  "proposal.rejected_quorum":
    "Proposal #{id} of “{scope}” did not pass: fewer than half of the voices answered ({tally}): {title}",
  "proposal.blocked": "Proposal #{id} of “{scope}” is blocked ({tally}):\n{objections}\n{title}",
  "proposal.lapsed_support":
    "Proposal #{id} of “{scope}” lapsed: nobody besides the proposer agreed ({tally}): {title}",
  "proposal.lapsed_acceptance": "Proposal #{id} lapsed: {person} did not accept it in time: {title}",
  "proposal.reminder":
    "Proposal #{id} of “{scope}” closes {closes}: {title}\nNot answered yet: {silent}. Answer with /proposal agree {id}, abstain, object or block.",
  "proposal.tally":
    "{agree} agree, {abstain} abstain, {object, plural, one {# objection} other {# objections}}, {block, plural, one {# block} other {# blocks}}, {silent} silent",
  "proposal.objection": "- {voice} {answer, select, block {blocks} other {objects}}: {reason}",
  "proposal.none": "No open proposals.",
  "proposal.none_all": "No proposals yet.",
  "proposal.list_title": "Proposals ({count}):",
  "proposal.list_row": "- #{id} “{scope}”: {title} ({state})",
  "proposal.state_open": "open until {closes}",
  "proposal.state_vote": "in a vote until {closes}",
  "proposal.show":
    "Proposal #{id} of “{scope}”, by {proposer} ({state}): {title}{reason, select, none {} other {\nWhy: {reason}}}\n{tally}{answers, select, none {} other {\n{answers}}}",
  "proposal.answer_row": "- {voice}: {answer}{reason, select, none {} other { — {reason}}}",
  "proposal.plain_title": "{text}",

  "decision.by_circle": "as decided by “{circle}” (proposal #{id}: {agree} agree, {object} object)",
  "decision.by_federation":
    "as decided by the federation “{federation}” (proposal #{id}: {agree, plural, one {# circle} other {# circles}} agree, {object} object)",
  "decision.by_person": "as agreed by {person} (proposal #{id})",

  "recall.self": "You cannot start a recall of your own mandate; your circle can, at any time.",
  "recall.too_long": "a recall poll closes within {days} days",
  "recall.bounds":
    "recall rules can make recall easier, never harder: quorum at most 50 %, and a recall carried by more than half of the votes cast or less",
  "circle.born":
    "Circle “{circle}” is born, with its home here. It is open by invitation: invite people with /circle invite @someone, and they join with /circle join {circle}.",
  "circle.born_open":
    "Circle “{circle}” is born, with its home here. Anyone may join with: /circle join {circle}",
  "circle.updated": "“{circle}” updated, {decision}: {changes}.",
  "circle.setting_purpose": "purpose “{value}”",
  "circle.setting_timezone": "timezone {value}",
  "circle.setting_home": "home {value}",
  "circle.setting_open": "{value, select, yes {open to anyone} other {open by invitation}}",
  "circle.setting_recall_quorum": "recall quorum {value} %",
  "circle.setting_recall_threshold": "a recall needs more than {value} % of votes",
  "circle.setting_rule": "decides {value, select, majority {by majority vote} other {by consent}}",
  "circle.setting_window": "decision window {value}",
  "federation.joined":
    "Circle “{circle}” ({size, plural, one {# member} other {# members}}) joined the federation “{federation}”, {decision}.",
  "federation.joined_reply":
    "“{circle}” is now part of “{federation}”, {decision}. The federation has been told.",
  "federation.left": "Circle “{circle}” left the federation “{federation}”, {decision}.",
  "federation.left_reply": "“{circle}” has left “{federation}”, {decision}. The federation has been told.",
  "federation.updated": "“{federation}” updated, {decision}: {changes}.",
  "federation.setting_window": "decision window {value}",
  "federation.setting_mandate": "mandates last at most {value} days",
  "federation.setting_digest": "a mutual-aid digest every {value} days",
  "federation.nothing_to_change": "Nothing to change: give window:…, mandate_max:… or digest:…",
  "mandate.granted": "Mandate {mandate}, {decision}. The circle can recall it at any time.",
  "mandate.granted_federation":
    "New delegate: mandate {mandate}, {decision}. The circle can recall it at any time.",
  "mandate.renewed": "Renewed: mandate {mandate}, {decision}.",
  "decision.by_creator": "by the circle that scheduled it",
  "convergence.cancelled": "Convergence #{id} “{title}” is cancelled, {decision}.",
  "convergence.cancelled_reply":
    "Convergence #{id} “{title}” is cancelled, {decision}; the federation is told.",
  "story.founding_set": "Story #{id} “{title}” is now the founding story of “{federation}”, {decision}.",
  "story.not_found": "“{federation}” has no story #{id}.",
  "decision.self": "by the person concerned",
  "rotation.swapped":
    "Swapped, {decision}: {other} takes term {mine} ({mineAt}), {me} takes term {theirs} ({theirsAt}).",
  "rotation.named": "“{circle}” names {person} as {role} of “{federation}” for term {term}, {decision}.",
  "spokesperson.named": "{person} speaks for “{circle}” on {domain}, and only on {domain}, {decision}.",
  "poll.secret_in_public":
    "Poll #{id} is a secret ballot: vote where nobody else sees it — in a direct message with me on Matrix, or with Discord's poll vote slash command. This vote was not counted.",
  "poll.secret_counted":
    "Your secret vote in poll #{id} is counted; only you see this. You may change it until {until}.",
  "poll.secret_running":
    "Secret ballot: {voters, plural, one {# member} other {# members}} may vote; the results are shown when it closes.",
  "poll.secret_how":
    "Secret ballot: vote where nobody else sees it, until {until} — in a direct message with me: /poll vote {id} <number>, or with the /poll vote slash command. Only the totals are shown, once it closes.",
  "recall.opened":
    "Recall poll #{id} on {person} is open until {closes}: it passes if at least {quorum} % of the circle votes and more than {threshold} % of the votes cast are for recall.",
  "help.policy.anyone": "Anyone can run it.",
  "help.policy.member": "Members of the circle can run it.",
  "help.policy.federation-member": "Members of the federation's circles can run it.",
  "help.policy.circle-decision":
    "The circle decides: a member's command opens a proposal, and it takes effect once the proposal passes.",
  "help.policy.federation-decision":
    "The federation decides, one voice per circle: a member's command opens a federation proposal.",
  "help.policy.creator-circle":
    "The circle that created it may change it; another circle of the federation opens a federation proposal.",
  "help.policy.person-concerned": "Only the person it concerns can run it.",
  "help.policy.acceptance": "A member asks, and it takes effect when the person named accepts.",
  "help.policy_circle": "For a circle: {text}",
  "help.policy_federation": "For a federation: {text}",
  "rotation.created":
    "Rotation “{role}” of “{name}” set up{decision, select, none {} other {, {decision}}}: {holder} holds it from now (term 1). The next handoffs:",
  "rotation.created_nobody":
    "Rotation “{role}” of “{name}” set up{decision, select, none {} other {, {decision}}}: nobody is free to hold it yet. The next handoffs:",
  "rotation.first_circle":
    'Your circle holds {role} of “{federation}” from now (term 1). Name your person with: /rotation name {rotation} @person federation:"{federation}"',
  "convergence.no_more": "Convergence #{id} has no date left to answer for.",
  "circle.setting_quiet":
    "{value, select, none {every federation announcement reaches its room} other {keeps out of its room: {value}}}",
  "circle.quiet_kinds": "give some of convergences, calendar, digest, separated by commas (or none)",
  "circle.remove_self": "You cannot remove yourself by decision; leave with /circle leave.",
  "circle.not_a_member": "{person} is not a member of “{circle}”.",
  "circle.removed": "{person} is no longer a member of “{circle}”, {decision}.",
  "circle.removed_mandates": "Their mandates {ids} ended.",
  "circle.window": "a decision window between 12h and 14d, such as 48h or 3d",
  "mandate.too_long_federation":
    "a mandate of “{federation}” lasts at most {days} days; renew it when it ends",
  "spokesperson.replaced":
    "{previous} no longer speaks for “{circle}” on {domain}: {person} does now, and only on {domain}, {decision}.",
  "story.founding_exists":
    "“{federation}” already has a founding story (#{id}). To make this one the founding story, add it and then propose /story founding <id>.",
} as const;
