/** @jsxImportSource hono/jsx */
import type { FC } from "hono/jsx";
import type { FederationPage } from "../../core/federation-page.js";
import { t } from "../../core/i18n.js";
import { RECORD_TABLES } from "../../core/record-export.js";
import { formatMoment } from "../../core/time.js";

/** Where the page's links go: its downloads carry the same signed key as the page itself. */
export interface PageLinks {
  json: string;
  csv: (table: string) => string;
  ics: string;
  stylesheet: string;
}

const When: FC<{ at: Date; zone: string }> = ({ at, zone }) => (
  <time datetime={at.toISOString()}>{formatMoment(at, zone)}</time>
);

const None: FC = () => <p class="muted">{t("page.none")}</p>;

/**
 * A federation's open record as one server-rendered page: no script, one stylesheet, headings
 * in order, lists that read well on a phone. hono/jsx escapes every text it is given.
 */
export const FederationPageView: FC<{ page: FederationPage; links: PageLinks; now: Date }> = ({
  page,
  links,
  now,
}) => {
  const zone = page.federation.timezone;
  const at = (d: Date) => formatMoment(d, zone);
  const sections = [
    ["circles", t("page.h.circles")],
    ["roles", t("page.h.roles")],
    ["decisions", t("page.h.decisions")],
    ["aid", t("page.h.aid")],
    ["treasury", t("page.h.treasury")],
    ["convergences", t("page.h.convergences")],
    ["calendar", t("page.h.calendar")],
    ["stories", t("page.h.stories")],
    ["downloads", t("page.h.downloads")],
  ];
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noindex" />
        <title>{t("page.title", { federation: page.federation.name })}</title>
        <link rel="stylesheet" href={links.stylesheet} />
      </head>
      <body>
        <header>
          <h1>{t("page.title", { federation: page.federation.name })}</h1>
          <p class="summary" id="summary">
            {t("page.summary", {
              circles: page.circles.length,
              members: page.members,
              proposals: page.openProposals.length,
              aid: page.aid.length,
            })}
          </p>
          <nav aria-label={t("page.sections")}>
            <ul>
              {sections.map(([id, label]) => (
                <li>
                  <a href={`#${id}`}>{label}</a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main>
          <section id="circles" aria-labelledby="h-circles">
            <h2 id="h-circles">{t("page.h.circles")}</h2>
            {page.circles.length ? (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("page.col.circle")}</th>
                    <th scope="col">{t("page.col.members")}</th>
                    <th scope="col">{t("page.col.purpose")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.circles.map((c) => (
                    <tr>
                      <th scope="row">{c.name}</th>
                      <td class="n">{c.size}</td>
                      <td>{c.purpose}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <None />
            )}
          </section>

          <section id="roles" aria-labelledby="h-roles">
            <h2 id="h-roles">{t("page.h.roles")}</h2>
            <h3>{t("page.h.mandates")}</h3>
            {page.mandates.length ? (
              <ul class="items" id="mandates">
                {page.mandates.map((m) => (
                  <li>
                    {t("page.mandate", {
                      id: m.id,
                      delegate: m.delegate,
                      circle: m.circle,
                      scope: m.scope,
                      until: at(m.expires),
                    })}
                  </li>
                ))}
              </ul>
            ) : (
              <None />
            )}
            <h3>{t("page.h.rotations")}</h3>
            {page.rotations.length ? (
              <ul class="items">
                {page.rotations.map((r) => (
                  <li>
                    {t("page.rotation", {
                      role: r.role,
                      of: r.of,
                      circle: r.circle ?? "none",
                      person: r.person ?? "none",
                      next: r.next ? at(r.next) : "none",
                    })}
                  </li>
                ))}
              </ul>
            ) : (
              <None />
            )}
            <h3>{t("page.h.spokespersons")}</h3>
            {page.spokespersons.length ? (
              <ul class="items">
                {page.spokespersons.map((s) => (
                  <li>{t("page.spokesperson", s)}</li>
                ))}
              </ul>
            ) : (
              <None />
            )}
          </section>

          <section id="decisions" aria-labelledby="h-decisions">
            <h2 id="h-decisions">{t("page.h.decisions")}</h2>
            <h3>{t("page.h.open")}</h3>
            {page.openProposals.length ? (
              <ul class="items" id="open-proposals">
                {page.openProposals.map((p) => (
                  <li>
                    {t("page.open_proposal", {
                      id: p.id,
                      scope: p.scope,
                      title: p.title,
                      closes: at(p.closes),
                    })}
                  </li>
                ))}
              </ul>
            ) : (
              <None />
            )}
            <h3>{t("page.h.outcomes")}</h3>
            {page.outcomes.length ? (
              <ul class="items" id="outcomes">
                {page.outcomes.map((o) => (
                  <li>
                    <When at={o.at} zone={zone} /> ·{" "}
                    {t("page.outcome", {
                      kind: o.kind,
                      id: o.id,
                      scope: o.scope,
                      title: o.title,
                      outcome: o.outcome,
                    })}
                  </li>
                ))}
              </ul>
            ) : (
              <None />
            )}
          </section>

          <section id="aid" aria-labelledby="h-aid">
            <h2 id="h-aid">{t("page.h.aid")}</h2>
            {page.aid.length ? (
              <ul class="items" id="aid-requests">
                {page.aid.map((r) => (
                  <li>
                    {t("page.aid_request", {
                      id: r.id,
                      circle: r.circle,
                      what: r.what,
                      amount: r.amount,
                      urgency: r.urgency,
                      status: r.status,
                      by: at(r.by),
                    })}
                    {r.offers.length ? (
                      <ul>
                        {r.offers.map((o) => (
                          <li>{t("page.aid_offer", o)}</li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <None />
            )}
          </section>

          <section id="treasury" aria-labelledby="h-treasury">
            <h2 id="h-treasury">{t("page.h.treasury")}</h2>
            {page.treasury.books.length + page.treasury.funds.length + page.treasury.credit.length ? (
              <>
                {page.treasury.books.length ? (
                  <>
                    <h3>{t("page.h.books")}</h3>
                    <ul class="items" id="treasury-books">
                      {page.treasury.books.map((b) => (
                        <li>{t("page.books", b)}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {page.treasury.funds.length ? (
                  <>
                    <h3>{t("page.h.funds")}</h3>
                    <ul class="items" id="treasury-funds">
                      {page.treasury.funds.map((f) => (
                        <li>{t("page.fund", { ...f, purpose: f.purpose || "none" })}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {page.treasury.credit.length ? (
                  <>
                    <h3>{t("page.h.credit")}</h3>
                    <ul class="items" id="treasury-credit">
                      {page.treasury.credit.map((c) => (
                        <li>{t("page.credit", c)}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </>
            ) : (
              <None />
            )}
          </section>

          <section id="convergences" aria-labelledby="h-convergences">
            <h2 id="h-convergences">{t("page.h.convergences")}</h2>
            {page.convergences.length ? (
              page.convergences.map((c) => (
                <article aria-labelledby={`convergence-${c.id}`}>
                  <h3 id={`convergence-${c.id}`}>
                    {t("page.convergence", {
                      title: c.title,
                      next: c.next ? formatMoment(c.next, c.timezone) : "none",
                      where: c.location || "none",
                      cadence: c.cadence ?? "none",
                    })}
                  </h3>
                  {c.minutes.map((m) => (
                    <div>
                      <p>
                        <strong>{t("page.minutes", { date: formatMoment(m.occurrence, c.timezone) })}</strong>
                        {m.link ? (
                          <>
                            {" · "}
                            <a href={m.link} rel="nofollow noopener">
                              {t("page.minutes_link")}
                            </a>
                          </>
                        ) : null}
                      </p>
                      {m.text ? <blockquote>{m.text}</blockquote> : null}
                    </div>
                  ))}
                </article>
              ))
            ) : (
              <None />
            )}
          </section>

          <section id="calendar" aria-labelledby="h-calendar">
            <h2 id="h-calendar">{t("page.h.calendar")}</h2>
            {page.rituals.length ? (
              <ul class="items">
                {page.rituals.map((r) => (
                  <li>{t("page.ritual", r)}</li>
                ))}
              </ul>
            ) : (
              <None />
            )}
          </section>

          <section id="stories" aria-labelledby="h-stories">
            <h2 id="h-stories">{t("page.h.stories")}</h2>
            {page.stories.length ? (
              page.stories.map((s) => (
                <article>
                  <h3>{s.founding ? `${s.title} · ${t("page.founding")}` : s.title}</h3>
                  <blockquote>{s.text}</blockquote>
                </article>
              ))
            ) : (
              <None />
            )}
          </section>

          <section id="downloads" aria-labelledby="h-downloads">
            <h2 id="h-downloads">{t("page.h.downloads")}</h2>
            <ul class="items">
              <li>
                <a href={links.json} id="download-json">
                  {t("page.download_json")}
                </a>
              </li>
              {RECORD_TABLES.map((table) => (
                <li>
                  <a href={links.csv(table)} id={`download-${table}`}>
                    {t("page.download_csv", { table })}
                  </a>
                </li>
              ))}
              <li>
                <a href={links.ics} id="download-ics">
                  {t("page.download_ics")}
                </a>
              </li>
            </ul>
          </section>
        </main>
        <footer>{t("page.footer", { at: at(now), zone })}</footer>
      </body>
    </html>
  );
};

/** A short page for refusals (off, a missing or expired link): same stylesheet, one heading. */
export const NoticePage: FC<{ title: string; text: string; stylesheet: string }> = ({
  title,
  text,
  stylesheet,
}) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="robots" content="noindex" />
      <title>{title}</title>
      <link rel="stylesheet" href={stylesheet} />
    </head>
    <body>
      <main>
        <h1>{title}</h1>
        <p>{text}</p>
      </main>
    </body>
  </html>
);
