/*
 * FundCheck: the first script the task pane runs, before the React pane. Plain ES5 with no library, so that it runs
 * where the pane cannot: Internet Explorer 11 and the old Edge (EdgeHTML), which volume-licensed Office 2016/2019
 * use to show add-ins, and a page whose Office.js was blocked (an intranet without access to Microsoft's CDN).
 * It then says in Chinese what is unsupported and what to use instead. The pane calls
 * window.fundcheckUnsupported('oldExcel' | 'notExcel') when Office.js reports an Excel too old or no Excel at all.
 * Kept ES5 on purpose (tests/taskpane/hostcheck.test.ts parses it as ES5).
 */
(function () {
  'use strict';

  var TEXT = {
    title: 'FundCheck 报表核对无法在这里运行',
    ie: '这个 Excel 用 Internet Explorer 11 显示加载项（批量授权的 Office 2016、Office 2019 常见这种情况），本加载项的界面无法在其中运行。',
    edgeLegacy: '这个 Excel 用旧版 Microsoft Edge（EdgeHTML）显示加载项，本加载项的界面无法在其中运行。',
    oldBrowser: '显示加载项的浏览器组件版本过旧，本加载项的界面无法在其中运行。',
    noOffice: '没有加载到 Office.js（微软提供的加载项脚本）。可能是单位网络屏蔽了 https://appsforoffice.microsoft.com ，或电脑没有联网。请联系网络管理员放行该地址。',
    oldExcel: '这个版本的 Excel 太旧，缺少本加载项需要的功能（Office 2016、Office 2019 的批量授权版都是如此）。',
    notExcel: '这个页面需要在 Excel 中打开：在 Excel 的“开始”选项卡上点击“报表核对”。',
    instead: '可以改用：',
    office: 'Microsoft 365 订阅版 Excel，或 Office 2021 及更高版本的 Excel（Windows 或 Mac）；',
    web: 'Excel 网页版（在浏览器中打开工作簿，开始 → 加载项）；',
    wps: 'WPS 表格：FundCheck 也有 WPS 加载项，功能与此相同，请单位管理员部署。'
  };

  function reasonFromBrowser() {
    var ua = navigator.userAgent || '';
    if (document.documentMode || /Trident\/|MSIE /.test(ua)) return 'ie';
    if (/Edge\/\d+/.test(ua)) return 'edgeLegacy';
    var ok = typeof window.Promise === 'function' && typeof window.Map === 'function' && typeof window.Symbol === 'function' &&
      typeof Object.assign === 'function' && typeof Array.prototype.includes === 'function' && typeof window.fetch === 'function';
    if (!ok) return 'oldBrowser';
    if (typeof window.Office === 'undefined') return 'noOffice';
    return null;
  }

  function element(tag, text) {
    var node = document.createElement(tag);
    if (text) node.appendChild(document.createTextNode(text));
    return node;
  }

  function render(reason) {
    var root = document.getElementById('container') || document.body;
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = element('div');
    box.setAttribute('role', 'alert');
    var main = element('main');
    box.setAttribute('data-unsupported', reason);
    box.style.padding = '12px';
    box.style.fontFamily = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';
    box.style.fontSize = '14px';
    box.style.lineHeight = '1.6';
    var title = element('h1', TEXT.title);
    title.style.fontSize = '18px';
    title.style.margin = '0 0 8px';
    box.appendChild(title);
    box.appendChild(element('p', TEXT[reason] || TEXT.oldBrowser));
    if (reason !== 'notExcel') {
      box.appendChild(element('p', TEXT.instead));
      var list = element('ul');
      list.style.paddingLeft = '20px';
      list.appendChild(element('li', TEXT.office));
      list.appendChild(element('li', TEXT.web));
      list.appendChild(element('li', TEXT.wps));
      box.appendChild(list);
    }
    // A main landmark, so a screen reader's "go to main" lands on the reason.
    main.appendChild(box);
    root.appendChild(main);
  }

  function show(reason) {
    window.__fundcheckUnsupported = reason;
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () {
        render(reason);
      });
    } else {
      render(reason);
    }
  }

  window.fundcheckUnsupported = show;
  var reason = reasonFromBrowser();
  if (reason) show(reason);
})();
