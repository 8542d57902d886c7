/* FundCheck for WPS: runs before the pane's bundle, in plain ES5 so that any embedded browser can run it.
   It shows a Chinese explanation instead of a blank pane when the page is not inside WPS 表格 (no Application
   object) or when WPS's built-in browser is too old for the pane (es2020-probe.js, loaded first, did not run). */
(function () {
  var reason = null;
  if (!window.Application) {
    reason = '本窗格需要在 WPS 表格中打开：请在 WPS 表格的「报表核对」选项卡上点击「报表核对」按钮。';
  } else if (window.__fundcheckModernJs !== true) {
    reason = '此 WPS 版本内置的浏览器过旧，无法运行核对窗格。请升级到较新的 WPS 版本，或使用命令行工具 fundcheck 核对报表。';
  }
  if (reason === null) return;
  window.__fundcheckBlocked = true;
  document.addEventListener('DOMContentLoaded', function () {
    var container = document.getElementById('container');
    if (!container) return;
    var p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.style.cssText = 'margin:16px;font:14px/1.6 "Microsoft YaHei",sans-serif;color:#242424';
    p.appendChild(document.createTextNode(reason));
    container.appendChild(p);
  });
})();
