/// The report's inline style sheet: readable at 1280 px, printable (no cut-off tables, cards kept
/// whole, the filters hidden), grade colours shared by badges and charts.
enum ReportStyle {
    static let css: HTML = """

    :root{--ink:#1f2933;--muted:#616e7c;--line:#d9e2ec;--bg:#f5f7fa;--accent:#1f5fa8;
    --excellent:#2f855a;--good:#3182ce;--qualified:#a0aec0;--unqualified:#c53030;--none:#cbd2d9}
    *{box-sizing:border-box}
    body{margin:0;font:14px/1.5 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);background:var(--bg)}
    .page-head{background:#102a43;color:#fff;padding:18px 32px 10px}
    .page-head h1{margin:0;font-size:24px}
    .subtitle{margin:4px 0 10px;color:#bcccdc}
    .toc a{color:#fff;margin-right:18px;text-decoration:none;border-bottom:1px solid #627d98}
    main{max-width:1240px;margin:0 auto;padding:8px 20px 40px}
    section{background:#fff;border:1px solid var(--line);border-radius:6px;margin:18px 0;padding:12px 20px 18px}
    h2{font-size:20px;margin:6px 0 12px;border-bottom:2px solid var(--accent);padding-bottom:4px}
    h3{font-size:16px;margin:18px 0 8px}
    h4{font-size:14px;margin:10px 0 6px;color:var(--muted)}
    table{border-collapse:collapse;width:100%}
    th,td{padding:4px 6px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
    thead th{background:#f0f4f8;font-weight:600;white-space:nowrap}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    table.compact{font-size:13px}
    table.grade-counts{width:auto;margin-top:8px}
    .table-wrap{overflow-x:auto}
    .ranking{font-size:13px}
    .ranking th[data-key]{cursor:pointer;user-select:none}
    .ranking th[aria-sort=ascending]::after{content:" ▲"}
    .ranking th[aria-sort=descending]::after{content:" ▼"}
    .ranking thead th.dim{white-space:normal;min-width:4.5em;max-width:6.5em;line-height:1.25;font-size:12px}
    .ranking thead th{vertical-align:bottom}
    .ranking td{white-space:nowrap}
    .ranking td.name{white-space:normal;min-width:300px}
    .ranking tbody tr:hover{background:#f0f4f8}
    .ranking td.score{font-weight:600}
    .cid{color:var(--muted);font-size:12px;white-space:nowrap}
    a{color:var(--accent)}
    .badge{display:inline-block;padding:0 7px;border-radius:9px;font-size:12px;line-height:18px;color:#fff;white-space:nowrap;margin-right:4px}
    .g-excellent{background:var(--excellent);fill:var(--excellent)}
    .g-good{background:var(--good);fill:var(--good)}
    .g-qualified{background:var(--qualified);fill:var(--qualified)}
    .g-unqualified{background:var(--unqualified);fill:var(--unqualified)}
    .g-none{background:var(--none);color:var(--ink)}
    .d-recommend_national{background:#276749}.d-continue{background:#4a5568}.d-rectify{background:#c05621}
    .d-remove{background:#9b2c2c}.d-convert{background:#2c5282}.d-withdraw{background:#702459}
    .d-continue_support{background:#276749}.d-support_reference{background:#4a5568}.d-revoke{background:#9b2c2c}.d-not_converted{background:#702459}
    .tiles{display:flex;flex-wrap:wrap;gap:10px;margin-bottom:12px}
    .tile{display:flex;flex-direction:column;min-width:130px;padding:8px 14px;border-radius:6px;background:#334e68;color:#fff;text-decoration:none}
    .tile .n{font-size:22px;font-weight:700}.tile .l{font-size:12px}
    .charts{display:flex;flex-wrap:wrap;gap:16px}
    figure{margin:0;flex:1 1 520px}
    figcaption{font-weight:600;margin-bottom:4px}
    svg text{font-size:12px;fill:var(--ink)}
    svg .axis{fill:var(--muted);font-size:11px}
    svg .grid{stroke:#e4e7eb}
    svg .axis-line{stroke:#9aa5b1}
    svg .bin{fill:#486581}
    svg .cutoff{stroke:#c05621;stroke-dasharray:4 3}
    svg .cutoff-label{fill:#c05621;font-size:11px}
    svg .track{fill:#eef2f7}
    svg .bar{fill:#4c78a8}
    svg .median{stroke:#c53030;stroke-width:2}
    svg.spark{width:72px;height:18px;display:block}
    svg.spark path{fill:none;stroke:#4c78a8;stroke-width:1.5}
    svg.spark circle{fill:#4c78a8}
    svg.spark .imp{fill:#fff;stroke:#c05621;stroke-width:1.2}
    .filters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin-bottom:10px}
    .filters select{font:inherit;padding:2px 4px}
    .filters output{color:var(--muted)}
    .hint,.muted{color:var(--muted);font-size:13px}
    .card{border:1px solid var(--line);border-radius:6px;padding:10px 16px;margin:14px 0;background:#fff}
    .card:target{outline:3px solid var(--accent)}
    .card header{display:flex;align-items:center;gap:6px;flex-wrap:wrap}
    .card h3{margin:0 8px 0 0;font-size:16px}
    .card .back{margin-left:auto;font-size:12px}
    dl.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:2px 16px;margin:8px 0}
    dl.facts.wide{grid-template-columns:1fr}
    dl.facts div{display:flex;gap:8px}
    dt{color:var(--muted);white-space:nowrap}
    dd{margin:0;overflow-wrap:break-word;min-width:0}
    .card-cols{display:grid;grid-template-columns:470px 1fr;gap:20px}
    .decision p{margin:4px 0}
    .issues ul{margin:4px 0;padding-left:20px}
    .issues.flags li,.issues.veto li{color:#7b341e}
    .flag-kind{font-weight:600}
    td.imp{background:#fffaf0;color:#9c4221}
    details summary{cursor:pointer;margin:6px 0;font-weight:600}
    .adj{margin:8px 0}
    code{font-family:"SFMono-Regular",Consolas,"DejaVu Sans Mono",monospace;font-size:12px}
    code.hash{overflow-wrap:anywhere}
    .page-foot{text-align:center;color:var(--muted);font-size:12px;padding:0 0 24px}
    #selftest{white-space:pre-wrap;font-size:12px;margin:0 20px}
    @media (max-width:900px){.card-cols{grid-template-columns:1fr}}
    @media print{
    @page{size:A4 landscape;margin:12mm}
    body{background:#fff;font-size:10pt}
    .no-print,.toc,.card .back,#selftest{display:none!important}
    .page-head{background:#fff;color:#000;padding:0}
    .subtitle{color:#333}
    main{max-width:none;padding:0}
    section{border:none;padding:0;margin:0 0 12pt}
    .table-wrap{overflow:visible}
    table,table.compact,.ranking{font-size:7.5pt}
    thead{display:table-header-group}
    tr,.card,figure,svg{break-inside:avoid}
    th,td{padding:2px 3px}
    .ranking td,.ranking td.name{white-space:normal;min-width:0}
    .ranking td.num{white-space:nowrap}
    .badge{white-space:normal;font-size:7pt;line-height:1.3}
    .cid{font-size:7pt}
    figure{flex:1 1 45%}
    svg.chart{max-width:100%;height:auto}
    .card-cols{grid-template-columns:1fr 1fr}
    svg.profile{max-width:100%;height:auto}
    .badge,.tile{-webkit-print-color-adjust:exact;print-color-adjust:exact}
    #centers,#methodology{break-before:page}
    a{color:inherit;text-decoration:none}
    }

    """
}
