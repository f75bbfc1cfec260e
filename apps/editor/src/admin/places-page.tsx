import type { Place, PlaceLevel } from "@gongkai/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useI18n } from "../i18n/i18n";
import { usePageTitle } from "../layout/page-title";
import { useTRPC } from "../lib/trpc";
import { usePlaces } from "../places/use-places";
import { ErrorMessage } from "../ui/error-message";
import { Loading } from "../ui/loading";

const CHILD: Record<PlaceLevel, PlaceLevel | null> = {
  province: "city",
  city: "county",
  county: "township",
  township: null,
};

/** Provinces, cities, counties and townships: add one under its parent, correct a name, kind or division code. */
export function AdminPlacesPage() {
  const { t } = useI18n();
  const places = usePlaces();
  const [adding, setAdding] = useState<{ parent: Place | null } | null>(null);
  usePageTitle(t("placesTitle"));
  if (places.isPending) return <Loading />;
  if (places.isError) return <ErrorMessage error={places.error} />;
  const children = (parentId: string | null) =>
    places.index.all
      .filter((p) => p.parentId === parentId)
      .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  const render = (parentId: string | null) => {
    const list = children(parentId);
    if (!list.length) return null;
    return (
      <ul className="place-tree">
        {list.map((p) => (
          <li key={p.id}>
            <PlaceRow place={p} onAddChild={CHILD[p.level] ? () => setAdding({ parent: p }) : null} />
            {render(p.id)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("placesTitle")}</h1>
        <button type="button" className="button-primary" onClick={() => setAdding({ parent: null })}>
          {t("addProvince")}
        </button>
      </div>
      {adding ? <AddPlace parent={adding.parent} onDone={() => setAdding(null)} /> : null}
      {render(null)}
    </section>
  );
}

function PlaceRow({ place, onAddChild }: { place: Place; onAddChild: (() => void) | null }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(place.name);
  const [kind, setKind] = useState(place.kind ?? "");
  const [code, setCode] = useState(place.code ?? "");
  const update = useMutation(
    trpc.places.update.mutationOptions({
      onSuccess: () => {
        setEditing(false);
        void queryClient.invalidateQueries({ queryKey: trpc.places.list.queryKey() });
      },
    }),
  );
  const levelName = t(`level_${place.level}`);
  if (!editing) {
    return (
      <div className="place-row">
        <span className="tag">{levelName}</span> <strong>{place.name}</strong>
        {place.kind ? <small className="muted"> {place.kind}</small> : null}
        {place.code ? <code className="small"> {place.code}</code> : null}
        {place.demo ? <span className="badge">{t("demoData")}</span> : null}{" "}
        <button type="button" className="button-small" onClick={() => setEditing(true)}>
          {t("edit")}
        </button>
        {onAddChild ? (
          <button type="button" className="button-small" onClick={onAddChild}>
            {t("addChild", { level: t(`level_${CHILD[place.level] ?? "township"}`) })}
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <form
      className="place-row row"
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate({
          placeId: place.id,
          name: name.trim(),
          kind: kind.trim() || null,
          code: code.trim() || null,
        });
      }}
    >
      <label className="field">
        <span>{t("placeName")}</span>
        <input type="text" required maxLength={40} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <KindField level={place.level} value={kind} onChange={setKind} />
      <label className="field">
        <span>{t("divisionCode")}</span>
        <input type="text" pattern="\d{12}" value={code} onChange={(e) => setCode(e.target.value)} />
      </label>
      <ErrorMessage error={update.error} />
      <div className="actions">
        <button type="submit" className="button-primary button-small">
          {t("save")}
        </button>
        <button type="button" className="button-small" onClick={() => setEditing(false)}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

function KindField({
  level,
  value,
  onChange,
}: {
  level: PlaceLevel;
  value: string;
  onChange(v: string): void;
}) {
  const { t } = useI18n();
  if (level === "township") {
    return (
      <label className="field">
        <span>{t("placeKind")}</span>
        <select value={value} required onChange={(e) => onChange(e.target.value)}>
          <option value="">—</option>
          {["乡", "镇", "街道"].map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
    );
  }
  return (
    <label className="field">
      <span>{t("placeKind")}</span>
      <input
        type="text"
        maxLength={10}
        value={value}
        placeholder={level === "county" ? "县 / 区 / 县级市" : ""}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

function AddPlace({ parent, onDone }: { parent: Place | null; onDone(): void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const level: PlaceLevel = parent ? (CHILD[parent.level] ?? "township") : "province";
  const [name, setName] = useState("");
  const [kind, setKind] = useState(level === "township" ? "镇" : "");
  const [code, setCode] = useState("");
  const create = useMutation(
    trpc.places.create.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.places.list.queryKey() });
        onDone();
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({
      level,
      name: name.trim(),
      kind: kind.trim() || null,
      code: code.trim() || null,
      parentId: parent?.id ?? null,
    });
  };
  return (
    <form className="panel stack" onSubmit={submit} aria-labelledby="add-place-head">
      <h2 id="add-place-head">
        {parent ? t("addUnder", { level: t(`level_${level}`), parent: parent.name }) : t("addProvince")}
      </h2>
      <div className="row">
        <label className="field">
          <span>{t("placeName")}</span>
          <input type="text" required maxLength={40} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <KindField level={level} value={kind} onChange={setKind} />
        <label className="field">
          <span>{t("divisionCode")}</span>
          <input
            type="text"
            pattern="\d{12}"
            value={code}
            placeholder="110105010000"
            onChange={(e) => setCode(e.target.value)}
          />
        </label>
      </div>
      <ErrorMessage error={create.error} />
      <div className="actions">
        <button type="submit" className="button-primary">
          {t("add")}
        </button>
        <button type="button" onClick={onDone}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
