import { ComponentType, TextInputStyle } from "discord-api-types/v10";
import { type FieldPath, FormErrors, isRecord } from "./form-errors.js";

/**
 * Modals as Discord documents them (developers/interactions/receiving-and-responding, "Modal",
 * and developers/components/reference, "Label" and "Text Input"):
 * - the modal: `custom_id` 1-100, `title` at most 45, 1 to 5 top-level components;
 * - a top-level component is a Label (18: `label` at most 45, `description` at most 100, one
 *   child `component`), a Text Display (10) or, the legacy layout, an Action Row (1) holding
 *   exactly one Text Input;
 * - a Text Input (4): `custom_id` 1-100 and unique in the modal, `style` 1 (short) or 2
 *   (paragraph), `min_length` 0-4000, `max_length` 1-4000 (not below the minimum),
 *   `placeholder` at most 100, `value` at most 4000, `required` a boolean (default true); its own
 *   `label` (1-45) is required in an Action Row and refused inside a Label, which labels it.
 * Only text inputs are modelled as Label children (Jura asks for nothing else); other
 * children are refused rather than accepted unchecked.
 */
export function checkModal(data: unknown): void {
  const errors = new FormErrors();
  const d = isRecord(data) ? data : {};
  errors.string(["data", "custom_id"], d.custom_id, { min: 1, max: 100, required: true });
  errors.string(["data", "title"], d.title, { min: 1, max: 45, required: true });
  const components =
    errors.array(["data", "components"], d.components, { min: 1, max: 5, required: true }) ?? [];
  const ids = new Set<string>();
  components.forEach((component, i) => {
    const path = ["data", "components", i];
    if (!isRecord(component)) {
      errors.add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
      return;
    }
    switch (component.type) {
      case ComponentType.Label: {
        errors.string([...path, "label"], component.label, { min: 1, max: 45, required: true });
        errors.string([...path, "description"], component.description, { max: 100 });
        const child = component.component;
        if (!isRecord(child)) errors.required([...path, "component"]);
        else if (child.type !== ComponentType.TextInput)
          errors.add([...path, "component", "type"], "BASE_TYPE_CHOICES", "Value must be one of {4}.");
        else checkTextInput(errors, [...path, "component"], child, ids, "in-label");
        break;
      }
      case ComponentType.ActionRow: {
        const row = errors.array([...path, "components"], component.components, {
          min: 1,
          max: 1,
          required: true,
        });
        const input = row?.[0];
        if (isRecord(input) && input.type === ComponentType.TextInput)
          checkTextInput(errors, [...path, "components", 0], input, ids, "in-row");
        else if (row?.length)
          errors.add([...path, "components", 0, "type"], "BASE_TYPE_CHOICES", "Value must be one of {4}.");
        break;
      }
      case ComponentType.TextDisplay:
        errors.string([...path, "content"], component.content, { min: 1, max: 4000, required: true });
        break;
      default:
        errors.add([...path, "type"], "BASE_TYPE_CHOICES", "Value must be one of {1, 10, 18}.");
    }
  });
  errors.throwIfAny();
}

function checkTextInput(
  errors: FormErrors,
  path: FieldPath,
  input: Record<string, unknown>,
  ids: Set<string>,
  where: "in-label" | "in-row",
): void {
  const id = errors.string([...path, "custom_id"], input.custom_id, { min: 1, max: 100, required: true });
  if (id !== undefined) {
    if (ids.has(id))
      errors.add(
        [...path, "custom_id"],
        "COMPONENT_CUSTOM_ID_DUPLICATED",
        "Component custom id cannot be duplicated",
      );
    ids.add(id);
  }
  errors.oneOf([...path, "style"], input.style, [TextInputStyle.Short, TextInputStyle.Paragraph], true);
  if (where === "in-row") errors.string([...path, "label"], input.label, { min: 1, max: 45, required: true });
  else if (input.label !== undefined)
    errors.add(
      [...path, "label"],
      "COMPONENT_FIELD_NOT_ALLOWED",
      "A text input in a label component cannot have its own label",
    );
  const min = errors.integer([...path, "min_length"], input.min_length, { min: 0, max: 4000 });
  const max = errors.integer([...path, "max_length"], input.max_length, { min: 1, max: 4000 });
  if (min !== undefined && max !== undefined && min > max)
    errors.add([...path, "min_length"], "BASE_TYPE_BAD_LENGTH", "min_length must not exceed max_length.");
  errors.string([...path, "placeholder"], input.placeholder, { max: 100 });
  errors.string([...path, "value"], input.value, { max: 4000 });
  errors.boolean([...path, "required"], input.required);
}

/** A text input of an opened modal, with the Label (if any) it sits in. */
interface ModalField {
  input: Record<string, unknown>;
  label: Record<string, unknown> | undefined;
}

function fieldsOf(modal: Record<string, unknown>): Map<string, ModalField> {
  const fields = new Map<string, ModalField>();
  for (const component of Array.isArray(modal.components) ? modal.components : []) {
    if (!isRecord(component)) continue;
    const inLabel = isRecord(component.component) ? component.component : undefined;
    const inRow = Array.isArray(component.components) ? component.components.filter(isRecord) : [];
    for (const input of inLabel ? [inLabel] : inRow) {
      if (input.type === ComponentType.TextInput && typeof input.custom_id === "string")
        fields.set(input.custom_id, { input, label: inLabel ? component : undefined });
    }
  }
  return fields;
}

/**
 * The `data.components` of a modal's submission, as Discord sends them: a Label answers as
 * `{type: 18, id, component: {type: 4, id, custom_id, value}}`, a legacy row as an Action Row of
 * text inputs. Throws (as the Discord client would not let anyone submit it) when a field is
 * unknown, a required one is empty, or a value breaks the input's length limits.
 */
export function modalSubmission(
  modal: Record<string, unknown>,
  values: Readonly<Record<string, string>>,
): unknown[] {
  const fields = fieldsOf(modal);
  for (const id of Object.keys(values)) {
    if (!fields.has(id)) throw new Error(`modal has no field "${id}"`);
  }
  let nextId = 1;
  return [...fields.entries()].map(([customId, { input, label }]) => {
    const value = values[customId] ?? "";
    const length = [...value].length;
    const min = typeof input.min_length === "number" ? input.min_length : 0;
    const max = typeof input.max_length === "number" ? input.max_length : 4000;
    if (input.required !== false && length === 0) throw new Error(`field "${customId}" is required`);
    if (length > 0 && (length < min || length > max))
      throw new Error(`field "${customId}" takes ${min}-${max} characters, got ${length}`);
    const answer = { type: ComponentType.TextInput, id: nextId + 1, custom_id: customId, value };
    const container = label
      ? { type: ComponentType.Label, id: nextId, component: answer }
      : { type: ComponentType.ActionRow, id: nextId, components: [answer] };
    nextId += 2;
    return container;
  });
}
